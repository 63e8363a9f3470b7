package vn.ansinh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.checks.SeedFindingsTest.SEED;
import static vn.ansinh.support.SeedScopes.CAM_AN;
import static vn.ansinh.support.SeedScopes.TOWNSHIP;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * The figure check as users with a scope see it. The seed's seven findings are all about the
 * Biểu 1 total row and the text, which speak of every commune: a commune officer gets none of
 * them; a user who reads the district and every commune gets all of them.
 */
@IntegrationTest
class ScopedFindingsTest {

    @Autowired
    FigureChecks checks;

    SeedScopes scopes;

    @Autowired
    void scopes(Units units, Partners partners) {
        scopes = new SeedScopes(units, partners);
    }

    @Test
    void anUnrestrictedUserGetsTheSevenFindings() {
        assertThat(findings(AccessScope.everything())).hasSize(7);
    }

    @Test
    void communeOfficersGetNoFindingAboutTotalsOrTheText() {
        assertThat(findings(scopes.communeOfficer(CAM_AN))).isEmpty();
        assertThat(findings(scopes.communeOfficer(CAM_AN, TOWNSHIP))).isEmpty();
    }

    @Test
    void anOrganisationOfficerOfTheWholeDistrictGetsTheSevenFindings() {
        // Hội ND reads every row; the text's figures about other organisations' columns are not checked for them.
        List<Finding> findings = findings(scopes.organisationOfficer("CL.HND"));

        assertThat(findings).map(SeedFindingsTest::line)
                .containsExactlyElementsOf(findings(AccessScope.everything()).stream().map(SeedFindingsTest::line).toList());
    }

    @Test
    void everyCommuneWithoutTheDistrictGetsTheTableTotalsButNotTheText() {
        // The tables are complete, so their printed totals are checked; the text's plan figures are the district's.
        List<Finding> findings = findings(new AccessScope(false, scopes.communes(), scopes.communes(), null, true));

        assertThat(findings).extracting(Finding::rule).containsExactly(FindingRule.COLUMN_TOTAL, FindingRule.COLUMN_TOTAL,
                FindingRule.COLUMN_TOTAL, FindingRule.COLUMN_TOTAL);
    }

    @Test
    void aProgrammeTheScopeCannotReadHasNoFindingsAtAll() {
        assertThat(checks.findings(SEED, AccessScope.nothing())).isEmpty();
        assertThat(checks.findings(SEED, scopes.viewer("QT"))).isEmpty();
    }

    private List<Finding> findings(AccessScope scope) {
        return checks.findings(SEED, scope).orElseThrow();
    }
}
