package vn.ansinh.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/** Scopes worked out from role assignments over the seed's units and organisations. */
@IntegrationTest
class AccessScopesTest {

    @Autowired
    AccessScopes scopes;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    @Test
    void communeOfficerReadsAndWritesTheirCommuneAndSeesPersonalData() {
        long camAn = unit("QT.CL.AN");
        AccessScope scope = scopes.of(Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        assertThat(scope.unrestricted()).isFalse();
        assertThat(scope.readableUnits()).containsExactly(camAn);
        assertThat(scope.writableUnits()).containsExactly(camAn);
        assertThat(scope.organisations()).isNull();
        assertThat(scope.personalData()).isTrue();
        assertThat(scope.canRead(unit("QT.CL.THANH"))).isFalse();
    }

    @Test
    void viewerOfTheDistrictReadsEveryCommuneWritesNothingAndSeesNoPersonalData() {
        AccessScope scope = scopes.of(Set.of(RoleAssignment.ofUnit(Role.VIEWER, unit("QT.CL"))));
        assertThat(scope.readableUnits()).hasSize(10).contains(unit("QT.CL"), unit("QT.CL.TT"), unit("QT.CL.NGHIA"));
        assertThat(scope.writableUnits()).isEmpty();
        assertThat(scope.personalData()).isFalse();
    }

    @Test
    void organisationOfficerSeesTheirOrganisationOnlyInTheUnitsBelowIt() {
        long farmers = partners.byCode("CL.HND").orElseThrow().id();
        AccessScope scope = scopes.of(Set.of(RoleAssignment.ofOrganisation(farmers)));
        assertThat(scope.organisations()).containsExactly(farmers);
        assertThat(scope.readableUnits()).hasSize(10);
        assertThat(scope.canSeeOrganisation(farmers)).isTrue();
        assertThat(scope.canSeeOrganisation(partners.byCode("CL.HPN").orElseThrow().id())).isFalse();
        assertThat(scope.canSeeOrganisation(null)).isTrue();
    }

    @Test
    void severalRolesAddUp() {
        AccessScope scope = scopes.of(Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, unit("QT.CL.AN")),
                RoleAssignment.ofUnit(Role.VIEWER, unit("QT.CL.TT"))));
        assertThat(scope.readableUnits()).containsExactlyInAnyOrder(unit("QT.CL.AN"), unit("QT.CL.TT"));
        assertThat(scope.writableUnits()).containsExactly(unit("QT.CL.AN"));
    }

    private long unit(String code) {
        return units.byCode(code).orElseThrow().id();
    }
}
