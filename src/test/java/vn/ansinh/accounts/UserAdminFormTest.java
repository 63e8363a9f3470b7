package vn.ansinh.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * A user's page: a role or a token refused is said beside its field on the same page (422), the role, unit and
 * name as chosen — no redirect with a message that loses them; no role is chosen to begin with. Each test rolls
 * back.
 */
@IntegrationTest
@Transactional
class UserAdminFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Units units;

    UserAccount viewer;
    long camAn;

    @BeforeEach
    void viewer() {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        viewer = accounts.create("xem.bieumau", "Người xem", "mat-khau-dai-12345",
                Set.of(RoleAssignment.ofUnit(Role.VIEWER, camAn)));
    }

    @Test
    void theRoleFormChoosesNoRoleToBeginWith() throws Exception {
        String page = page(get("/admin/users/" + viewer.id()), 200);
        assertThat(page).containsPattern("<option value=\"\">— chọn vai trò —</option>\\s*<option value=\"ADMIN\">");
        assertThat(page).doesNotContain("selected=\"selected\">Quản trị");
    }

    @Test
    void aRoleWithoutItsOrganisationIsSaidBesideTheFieldWithTheRoleAndUnitKept() throws Exception {
        String page = page(post("/admin/users/" + viewer.id() + "/roles").with(csrf()).param("role", "ORGANISATION_OFFICER")
                .param("unitId", String.valueOf(camAn)).param("organisationId", ""), 422);

        assertThat(page).contains("id=\"organisationId-problem\"", "Có mục chưa đúng");
        assertThat(page).containsPattern("value=\"ORGANISATION_OFFICER\" selected");
        assertThat(page).containsPattern("value=\"" + camAn + "\" selected");
        assertThat(accounts.byId(viewer.id()).orElseThrow().roles()).hasSize(1);
    }

    @Test
    void aRoleNotChosenIsSaidBesideTheRole() throws Exception {
        String page = page(post("/admin/users/" + viewer.id() + "/roles").with(csrf()).param("role", ""), 422);
        assertThat(page).contains("id=\"role-problem\"", "Cần nhập mục này.");
    }

    @Test
    void aTokenWithoutANameIsSaidBesideTheNameAndARoleAddedLeadsBackToThePage() throws Exception {
        String page = page(post("/admin/users/" + viewer.id() + "/tokens").with(csrf()).param("name", " "), 422);
        assertThat(page).contains("id=\"name-problem\"", "Hãy đặt tên cho mã truy cập");
        assertThat(tokens.ofUser(viewer.id())).isEmpty();

        mvc.perform(post("/admin/users/" + viewer.id() + "/roles").with(csrf()).param("role", "COMMUNE_OFFICER")
                .param("unitId", String.valueOf(camAn))).andExpect(redirectedUrl("/admin/users/" + viewer.id()));
        assertThat(accounts.byId(viewer.id()).orElseThrow().roles()).hasSize(2);
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString());
    }
}
