package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.SignedOutIntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * «Sổ hộ»: the list and a household's page, with its statuses; phone and citizen IDs in full for
 * the commune's officer, masked for a viewer, and a household of another commune not there at all.
 */
@SignedOutIntegrationTest
class RegistryPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @Test
    void theOfficerSeesPersonalDataTheViewerSeesItMaskedAndAnotherCommuneSeesNothing() throws Exception {
        long camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        Household household = registry.register(HouseholdRegistryTest.household(camTuyen, "045099887766"),
                AccessScope.everything());
        registry.setStatus(household.id(), new HouseholdStatus(2088, Classification.POOR, PoorCategory.CANNOT_EXIT,
                CannotExitReason.SEVERE_DISABILITY, null), AccessScope.everything());

        String officer = page("/registry/households/" + household.id(), "canbo.tuyen",
                RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen));
        assertThat(officer).contains("045099887766", "0912345678", "2088: Hộ nghèo — hộ nghèo không thể thoát nghèo (khuyết tật nặng)");

        String viewer = page("/registry/households/" + household.id(), "xem.tuyen",
                RoleAssignment.ofUnit(Role.VIEWER, camTuyen));
        assertThat(viewer).contains("********7766", "******5678").doesNotContain("045099887766", "0912345678");

        String list = page("/registry?unit=" + camTuyen + "&year=2088", "xem.tuyen",
                RoleAssignment.ofUnit(Role.VIEWER, camTuyen));
        assertThat(list).contains(household.code(), "******5678", "Hộ nghèo").doesNotContain("0912345678");

        long camThanh = units.byCode("QT.CL.THANH").orElseThrow().id();
        MockHttpSession other = signIn("canbo.thanh", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camThanh));
        assertThat(mvc.perform(get("/registry/households/" + household.id()).session(other)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private String page(String url, String username, RoleAssignment role) throws Exception {
        return mvc.perform(get(url).session(signIn(username, role))).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession signIn(String username, RoleAssignment role) throws Exception {
        String password = TestAccounts.ensure(accounts, username, Set.of(role));
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password)).andReturn().getRequest()
                .getSession();
    }
}
