package vn.ansinh.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.support.SeedScopes.CAM_AN;
import static vn.ansinh.support.SeedScopes.DISTRICT;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * Which programmes a scope reads: those its coordinating unit or a member unit belongs to. The
 * text is the parties' signed document, so anyone who reads one of its units reads it whole.
 */
@IntegrationTest
class ScopedProgrammesTest {

    private static final long SEED = 1;

    @Autowired
    Programmes programmes;

    SeedScopes scopes;

    @Autowired
    void scopes(Units units, Partners partners) {
        scopes = new SeedScopes(units, partners);
    }

    @Test
    void aMemberCommuneOrTheCoordinatingDistrictReadsTheProgrammeAndItsText() {
        for (AccessScope scope : new AccessScope[] {scopes.communeOfficer(CAM_AN), scopes.viewer(DISTRICT),
                scopes.organisationOfficer("CL.HND"), AccessScope.everything()}) {
            assertThat(programmes.readable(scope)).extracting(Programme::id).contains(SEED);
            assertThat(programmes.byId(SEED, scope)).isPresent();
            assertThat(programmes.text(SEED, scope).orElseThrow().signatories()).hasSize(16);
        }
    }

    @Test
    void aUnitOutsideTheProgrammeReadsNothingOfIt() {
        // The province is above the coordinating district, not one of its parties.
        for (AccessScope scope : new AccessScope[] {AccessScope.nothing(), scopes.viewer("QT")}) {
            assertThat(programmes.readable(scope)).extracting(Programme::id).doesNotContain(SEED);
            assertThat(programmes.byId(SEED, scope)).isEmpty();
            assertThat(programmes.text(SEED, scope)).isEmpty();
        }
        assertThat(programmes.readable(AccessScope.nothing())).isEmpty();
    }

    @Test
    void onlyTheDistrictWithEveryCommuneReadsTheWholeProgramme() {
        Programme seed = programmes.byId(SEED, AccessScope.everything()).orElseThrow();

        assertThat(programmes.readsWhole(seed, AccessScope.everything())).isTrue();
        assertThat(programmes.readsWhole(seed, scopes.organisationOfficer("CL.HND"))).isTrue();
        assertThat(programmes.readsWhole(seed, scopes.communeOfficer(CAM_AN))).isFalse();
        assertThat(programmes.readsWhole(seed, scopes.viewer(DISTRICT))).isFalse();
    }
}
