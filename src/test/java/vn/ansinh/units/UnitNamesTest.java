package vn.ansinh.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A unit named in each language from its short name and kind: «xã Cam An» and "Cam An Commune"; a name
 * that already carries its kind word keeps it once; a numbered ward is "Ward 1", as the English write it.
 */
class UnitNamesTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Locale EN = Locale.ENGLISH;

    private final UnitNames names = new UnitNames(null, messages());

    @Test
    void aUnitIsItsShortNameWithItsKindTranslated() {
        assertThat(names.of(unit(UnitKind.COMMUNE, "Cam An"), EN)).isEqualTo("Cam An Commune");
        assertThat(names.of(unit(UnitKind.DISTRICT, "Cam Lộ"), EN)).isEqualTo("Cam Lộ District");
        assertThat(names.of(unit(UnitKind.PROVINCE, "Quảng Trị"), EN)).isEqualTo("Quảng Trị Province");
        assertThat(names.of(unit(UnitKind.TOWNSHIP, "Cam Lộ"), EN)).isEqualTo("Cam Lộ Township");
        assertThat(names.of(unit(UnitKind.SPECIAL_ZONE, "Côn Đảo"), EN)).isEqualTo("Côn Đảo Special Zone");
        assertThat(names.of(unit(UnitKind.COMMUNE, "Cam An"), VI)).isEqualTo("xã Cam An");
        assertThat(names.of(unit(UnitKind.TOWNSHIP, "Cam Lộ"), VI)).isEqualTo("thị trấn Cam Lộ");
    }

    @Test
    void aNameThatAlreadySaysItsKindIsNotGivenItTwice() {
        assertThat(names.of(unit(UnitKind.COMMUNE, "Xã Cam An"), EN)).isEqualTo("Cam An Commune");
        assertThat(names.of(unit(UnitKind.COMMUNE, "Xã Cam An"), VI)).isEqualTo("Xã Cam An");
        assertThat(names.of(unit(UnitKind.TOWNSHIP, "TT Cam Lộ"), EN)).isEqualTo("Cam Lộ Township");
    }

    @Test
    void aNumberedUnitIsNamedKindFirstInEnglish() {
        assertThat(names.of(unit(UnitKind.WARD, "1"), EN)).isEqualTo("Ward 1");
        assertThat(names.of(unit(UnitKind.WARD, "1"), VI)).isEqualTo("phường 1");
    }

    private static AdministrativeUnit unit(UnitKind kind, String name) {
        return AdministrativeUnit.create(null, kind, "X", name);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
