package vn.ansinh.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.checks.FigureChecks;
import vn.ansinh.checks.Finding;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;

/** Editing the programme's text in ansinh; each test rolls back, so the shared seed stays as printed. */
@IntegrationTest
@Transactional
class ProgrammeEditTest {

    static final String LABOUR_TARGETS = "/programmes/1/sections/3-2/edit";

    @Autowired
    MockMvc mvc;
    @Autowired
    Programmes programmes;
    @Autowired
    FigureChecks checks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeEditor editor;

    @Test
    void sectionFormShowsItsParagraphsWithTheirBullets() throws Exception {
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/programmes/1/sections/3-3/edit"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("3. Về lĩnh vực giảm nghèo", "- Giảm nghèo năm 2019: 0,56% (chi tiết biểu số 2)",
                "+ Hội Nông dân: 31 hộ");
    }

    @Test
    void numberingTheProgrammeShowsInEveryTableSubtitle() throws Exception {
        mvc.perform(post("/programmes/1/edit").with(csrf()).param("version", version()).param("number", "15").param("symbol", "CTrPH–UBND")
                .param("day", "20").param("month", "2").param("year", "2019")
                .param("title", "CHƯƠNG TRÌNH PHỐI HỢP\nTHỰC HIỆN KẾ HOẠCH NGÀNH LAO ĐỘNG –TB&XH NĂM 2019")
                .param("recipients", "Sở LĐ-TB&XH;\nLưu: VT."))
                .andExpect(redirectedUrl("/programmes/1"));
        String table = mvc.perform(get("/api/v1/programmes/1/tables/bieu-2")).andReturn().getResponse().getContentAsString();
        assertThat(table).contains("Kèm theo Chương trình phối hợp số 15/CTrPH–UBND ngày 20 tháng 02 năm 2019");
        assertThat(programmes.text(1, AccessScope.everything()).orElseThrow().recipients())
                .containsExactly("Sở LĐ-TB&XH;", "Lưu: VT.");
        assertThat(lastAudit()).contains("\"number\":\"15\"");
    }

    @Test
    void aWrongDateAndAMissingTitleAreSaidBesideTheirFields() throws Exception {
        String page = mvc.perform(post("/programmes/1/edit").with(csrf()).param("version", version()).param("symbol", "CTrPH–UBND")
                .param("day", "30").param("month", "2").param("year", "2019").param("title", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ngày không đúng", "Cần điền ô này.");
        assertThat(programmes.byId(1, AccessScope.everything()).orElseThrow().title()).startsWith("CHƯƠNG TRÌNH PHỐI HỢP");
    }

    @Test
    void correctingAFigureInTheTextFollowsTheCheckIntoTheNewWording() throws Exception {
        String section = mvc.perform(get(LABOUR_TARGETS)).andReturn().getResponse().getContentAsString();
        assertThat(section).contains("1.297/1200");
        String paragraphs = paragraphsOf(section).replace("1.297/1200", "1.296/1200");
        mvc.perform(post(LABOUR_TARGETS).with(csrf()).param("version", version()).param("heading", "2. Lao động -việc làm- dạy nghề:")
                .param("kind", "TARGETS").param("domain", "LABOUR").param("paragraphs", paragraphs))
                .andExpect(redirectedUrl("/programmes/1"));
        List<Finding> text = checks.findings(1, AccessScope.everything()).orElseThrow().stream()
                .filter(f -> f.table().equals(Finding.TEXT)).toList();
        assertThat(text).extracting(Finding::printed).containsExactly("149");
        assertThat(text.get(0).excerpt()).contains("1.296/1200");
    }

    @Test
    void aFigureNoLongerWrittenIsNoLongerCheckedAndTheAuditSaysSo() throws Exception {
        mvc.perform(post(LABOUR_TARGETS).with(csrf()).param("version", version()).param("heading", "2. Lao động -việc làm- dạy nghề:")
                .param("kind", "TARGETS").param("domain", "LABOUR")
                .param("paragraphs", "- Trong năm phấn đấu giải quyết việc làm cho người lao động."))
                .andExpect(redirectedUrl("/programmes/1"));
        assertThat(checks.findings(1, AccessScope.everything()).orElseThrow())
                .noneMatch(f -> f.table().equals(Finding.TEXT));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'stated_figure' and action = 'DELETE'")
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void signatoriesNeedAnOrganisationAndALabel() throws Exception {
        String page = mvc.perform(post("/programmes/1/signatories/edit").with(csrf())
                .param("organisationId", "").param("label", "UBND XÃ MỚI"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hãy chọn tổ chức ký.");
        mvc.perform(post("/programmes/1/signatories/edit").with(csrf()).param("version", version()))
                .andExpect(status().isUnprocessableContent());
        assertThat(programmes.text(1, AccessScope.everything()).orElseThrow().signatories()).hasSize(16);
    }

    @Test
    void onlyTheCoordinatingOfficeEditsTheText() throws Exception {
        mvc.perform(get("/programmes/1/edit").with(user("x").roles("COMMUNE_OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/1/sections/9-9/edit")).andExpect(status().isNotFound());
    }

    /** The version of the programme's text, as a form read now sends it. */
    private String version() {
        return String.valueOf(editor.version(1).version());
    }

    private String lastAudit() {
        return jdbc.sql("select new_value from audit_event order by id desc limit 1").query(String.class).single();
    }

    /** The textarea's content, as the browser would send it back. */
    private static String paragraphsOf(String page) {
        int start = page.indexOf('>', page.indexOf("id=\"paragraphs\"")) + 1;
        return org.springframework.web.util.HtmlUtils.htmlUnescape(page.substring(start, page.indexOf("</textarea>", start)));
    }
}
