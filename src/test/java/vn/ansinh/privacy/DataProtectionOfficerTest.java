package vn.ansinh.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.SignedOutIntegrationTest;

/**
 * The data protection officer: given on the user page like any role, with neither unit nor organisation; reads the
 * access log (page and API) and the retention dry run, but runs no anonymisation, sees no one person's data and no
 * administration page, and is shown no link or button they would be refused.
 */
@SignedOutIntegrationTest
class DataProtectionOfficerTest {

    private static final String PASSWORD = "Bao-ve-Du-lieu-2091";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void anAdministratorGivesTheRoleOnTheUserPageWithoutUnitOrOrganisation() throws Exception {
        String username = "baove." + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/users").with(user("quantri-test").roles("ADMIN")).with(csrf())
                .param("username", username).param("displayName", "Cán bộ bảo vệ dữ liệu").param("password", PASSWORD)
                .param("role", "DATA_PROTECTION_OFFICER")).andExpect(status().is3xxRedirection());

        assertThat(accounts.byUsername(username).orElseThrow().roles())
                .containsExactly(RoleAssignment.dataProtectionOfficer());
        assertThat(mvc.perform(get("/admin/users").with(user("quantri-test").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString()).contains("<option value=\"DATA_PROTECTION_OFFICER\">Cán bộ bảo vệ dữ liệu cá nhân</option>");
    }

    @Test
    void theOfficerReadsTheAccessLogAndTheDryRunButRunsNothing() throws Exception {
        String username = "baove-doc." + System.nanoTime() % 1_000_000;
        accounts.create(username, "Cán bộ bảo vệ dữ liệu", PASSWORD, Set.of(RoleAssignment.dataProtectionOfficer()));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();

        String log = mvc.perform(get("/admin/personal-data/access-log").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(log).contains("Nhật ký truy cập dữ liệu cá nhân").doesNotContain("/admin/personal-data/subject");
        mvc.perform(get("/api/v1/admin/personal-data/access-log").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());
        String retention = mvc.perform(get("/admin/personal-data/retention").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(retention).contains("id=\"retention-count\"").contains("chỉ quản trị viên ẩn danh hóa")
                .doesNotContain("id=\"retention-run\"");
        String notice = mvc.perform(get("/personal-data").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(notice).contains("href=\"/admin/personal-data/access-log\"")
                .contains("href=\"/admin/personal-data/retention\"").doesNotContain("/admin/personal-data/subject");

        mvc.perform(post("/admin/personal-data/retention").session(session).with(csrf()).param("expected", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/personal-data/subject").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/backups").with(httpBasic(username, PASSWORD))).andExpect(status().isForbidden());
        assertThat(Role.DATA_PROTECTION_OFFICER.needsUnit() || Role.DATA_PROTECTION_OFFICER.needsOrganisation()).isFalse();
    }
}
