package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Personal identifiers (citizen ID, phone) are shown only to scopes allowed to see personal data;
 * everyone else sees at most the last four characters behind at least six stars.
 */
class PersonalDataTest {

    static final AccessScope COMMUNE_OFFICER = new AccessScope(false, Set.of(3L), Set.of(3L), null, true);
    static final AccessScope VIEWER = new AccessScope(false, Set.of(3L), Set.of(), null, false);
    static final AccessScope ORGANISATION_OFFICER = new AccessScope(false, Set.of(2L, 3L), Set.of(), Set.of(5L), false);

    @Test
    void aCitizenIdShowsItsLastFourDigits() {
        assertThat(PersonalData.mask("079201001234")).isEqualTo("********1234");
    }

    @Test
    void aPhoneNumberShowsItsLastFourDigits() {
        assertThat(PersonalData.mask("0912345678")).isEqualTo("******5678");
        assertThat(PersonalData.mask(" 0912345678 ")).isEqualTo("******5678");
    }

    @Test
    void shortValuesAreMaskedWhole() {
        assertThat(PersonalData.mask("1234")).isEqualTo("******");
        assertThat(PersonalData.mask("12")).isEqualTo("******");
        assertThat(PersonalData.mask("7")).isEqualTo("******");
    }

    @Test
    void aMaskHasAtLeastSixStarsSoItDoesNotTellAShortValuesLength() {
        assertThat(PersonalData.mask("123456789")).isEqualTo("******6789");
    }

    @Test
    void nothingToMaskStaysAsItIs() {
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask("")).isEmpty();
        assertThat(PersonalData.mask("   ")).isEqualTo("   ");
    }

    @Test
    void shownWholeToScopesWithPersonalDataAndMaskedToOthers() {
        assertThat(PersonalData.shown("079201001234", AccessScope.everything())).isEqualTo("079201001234");
        assertThat(PersonalData.shown("079201001234", COMMUNE_OFFICER)).isEqualTo("079201001234");
        assertThat(PersonalData.shown("079201001234", VIEWER)).isEqualTo("********1234");
        assertThat(PersonalData.shown("0912345678", ORGANISATION_OFFICER)).isEqualTo("******5678");
        assertThat(PersonalData.shown("0912345678", AccessScope.nothing())).isEqualTo("******5678");
        assertThat(PersonalData.shown(null, VIEWER)).isNull();
    }
}
