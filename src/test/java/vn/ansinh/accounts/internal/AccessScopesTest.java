package vn.ansinh.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalData;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
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
    @Autowired
    UserAccounts accounts;

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
    void personalDataIsForAdministratorsAndCommuneOfficersOnly() {
        var admin = UsernamePasswordAuthenticationToken.authenticated("quan-tri", null,
                AuthorityUtils.createAuthorityList(Role.ADMIN.authority()));
        assertThat(scopes.of(admin).personalData()).isTrue();
        assertThat(scopes.of(Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, unit("QT.CL.AN")))).personalData()).isTrue();
        assertThat(scopes.of(Set.of(RoleAssignment.ofUnit(Role.VIEWER, unit("QT.CL")))).personalData()).isFalse();
        assertThat(scopes.of(Set.of(RoleAssignment.ofOrganisation(partners.byCode("CL.HND").orElseThrow().id())))
                .personalData()).isFalse();
        assertThat(scopes.of((Authentication) null).personalData()).isFalse();
    }

    @Test
    void aSignedInCommuneOfficerGetsPersonalDataAndLosesItWithTheAccountDisabled() {
        String password = TestAccounts.ensure(accounts, "ca-nhan-xa", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER,
                unit("QT.CL.AN"))));
        assertThat(password).isNotNull();
        UserAccount officer = accounts.byUsername("ca-nhan-xa").orElseThrow();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(officer.username(), null,
                AuthorityUtils.createAuthorityList(Role.COMMUNE_OFFICER.authority()));
        assertThat(scopes.of(signedIn).personalData()).isTrue();
        assertThat(PersonalData.shown("079201001234", scopes.of(signedIn))).isEqualTo("079201001234");

        accounts.setEnabled(officer.id(), false);
        try {
            assertThat(scopes.of(signedIn).personalData()).isFalse();
            assertThat(PersonalData.shown("079201001234", scopes.of(signedIn))).isEqualTo("********1234");
        } finally {
            accounts.setEnabled(officer.id(), true);
        }
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
