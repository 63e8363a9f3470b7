package vn.ansinh.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * «Tạo chương trình năm sau» makes a draft: everyone — the administrator too — starts on 2019's programme
 * until the administrator publishes 2020's with «Công bố»; meanwhile only administrators see the draft,
 * marked «Bản nháp». Each test's writes are rolled back.
 */
@IntegrationTest
@Transactional
class PublishingTest {

    static final long SEED = 1;
    static final String OFFICER = "congbo.caman";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @BeforeEach
    void setUp() {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        // Other tests of the suite import programmes of later years; within this test (rolled back) they are
        // drafts, so the seed is the newest published programme.
        jdbc.sql("update programme set published_at = null where id <> :seed").param("seed", SEED).update();
    }

    @Test
    void theStartPageStaysOnThePublishedYearUntilTheNewProgrammeIsPublished() throws Exception {
        long next = nextYear();

        mvc.perform(get("/")).andExpect(redirectedUrl("/programmes/" + SEED));
        mvc.perform(get("/").with(officer())).andExpect(redirectedUrl("/programmes/" + SEED));
        mvc.perform(get("/programmes/" + next).with(officer())).andExpect(status().isNotFound());
        assertThat(listedTo(officer())).containsExactly(SEED);
        String draft = mvc.perform(get("/programmes/" + next)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(draft).contains("Bản nháp", "id=\"publish\"", "/programmes/" + next + "/publish",
                "Chưa có chỉ tiêu — dùng Phân bổ chỉ tiêu để giao:", "/programmes/" + next + "/apportionment\"");
        assertThat(mvc.perform(get("/programmes/" + SEED)).andReturn().getResponse().getContentAsString())
                .as("the seed: published, with its targets").doesNotContain("Chưa có chỉ tiêu", "id=\"draft\"");

        mvc.perform(post("/programmes/" + next + "/publish").with(csrf()))
                .andExpect(redirectedUrl("/programmes/" + next));

        mvc.perform(get("/")).andExpect(redirectedUrl("/programmes/" + next));
        mvc.perform(get("/").with(officer())).andExpect(redirectedUrl("/programmes/" + next));
        assertThat(listedTo(officer())).containsExactly(next, SEED);
        String published = mvc.perform(get("/programmes/" + next).with(officer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(published).doesNotContain("Bản nháp", "id=\"publish\"");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'programme' and entity_id = ?")
                .param(next + "/publication").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorPublishes() throws Exception {
        long next = nextYear();

        mvc.perform(post("/programmes/" + next + "/publish").with(csrf()).with(officer()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/").with(officer())).andExpect(redirectedUrl("/programmes/" + SEED));
        assertThat(jdbc.sql("select count(*) from programme where id = ? and published_at is null").param(next)
                .query(Long.class).single()).as("still a draft").isEqualTo(1);
    }

    private long nextYear() throws Exception {
        String location = mvc.perform(post("/programmes/" + SEED + "/next-year").param("year", "2020").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/programmes/\\d+").isNotEqualTo("/programmes/" + SEED);
        return Long.parseLong(location.substring("/programmes/".length()));
    }

    private List<Long> listedTo(RequestPostProcessor caller) throws Exception {
        String json = mvc.perform(get("/api/v1/programmes").with(caller)).andReturn().getResponse().getContentAsString();
        return JsonPath.<List<Number>>read(json, "$[*].id").stream().map(Number::longValue).toList();
    }

    private static RequestPostProcessor officer() {
        return user(OFFICER).roles("COMMUNE_OFFICER");
    }
}
