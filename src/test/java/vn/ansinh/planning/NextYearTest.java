package vn.ansinh.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.FigureChecks;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;

/**
 * "Tạo chương trình năm sau" on the seed: the 2020 programme of Cam Lộ with 2019's text, signatories
 * and tables, poor households rolled forward from 2019's expected poor at year end, targets empty.
 * Each test's writes are rolled back, so the shared context never holds a 2020 programme.
 */
@IntegrationTest
@Transactional
class NextYearTest {

    static final long SEED = 1;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programmes programmes;
    @Autowired
    AnnexTables tables;
    @Autowired
    FigureChecks checks;

    @Test
    void theNewProgrammeHasTheTextOfTheOldWithTheNewYearInItsTitleAndABlankDocumentNumber() throws Exception {
        long id = createdByApi();

        ProgrammeText old = programmes.text(SEED, AccessScope.everything()).orElseThrow();
        ProgrammeText text = programmes.text(id, AccessScope.everything()).orElseThrow();
        Programme programme = text.programme();
        assertThat(programme.programmeYear()).isEqualTo(2020);
        assertThat(programme.coordinatingUnitId()).isEqualTo(old.programme().coordinatingUnitId());
        assertThat(programme.title()).isEqualTo(old.programme().title().replace("NĂM 2019", "NĂM 2020"))
                .endsWith("NĂM 2020").doesNotContain("2019");
        assertThat(programme.document().number()).isNull();
        assertThat(programme.document().day()).isNull();
        assertThat(programme.document().month()).isEqualTo(2);
        assertThat(programme.document().year()).isEqualTo(2020);
        assertThat(programme.document().symbol()).isEqualTo(old.programme().document().symbol());
        assertThat(text.signatories()).hasSize(16).isEqualTo(old.signatories());
        assertThat(text.sections()).isEqualTo(old.sections());
        assertThat(text.recipients()).isEqualTo(old.recipients());
        assertThat(programme.preamble()).isEqualTo(old.programme().preamble());
    }

    @Test
    void poorHouseholdsRollForwardFromTheExpectedPoorAtYearEndAndHouseholdsStay() throws Exception {
        long id = createdByApi();

        ComputedTable old = bieu(SEED, "bieu-2");
        ComputedTable next = bieu(id, "bieu-2");
        assertThat(next.definition().title()).isEqualTo("Biểu số 2: GIẢM NGHÈO NĂM 2020");
        assertThat(column(next, "2")).containsEntry("Cam Tuyền", 126L).containsEntry("Cam Thủy", 50L)
                .containsEntry("Cam Chính", 28L).isEqualTo(column(old, "10"));
        assertThat(next.total().value("2")).isEqualTo(Fraction.of(527));
        assertThat(column(next, "1")).isEqualTo(column(old, "1")).containsEntry("Cam Tuyền", 1411L);
        assertThat(next.rows()).extracting(ComputedRow::label).isEqualTo(old.rows().stream().map(ComputedRow::label).toList());
        for (String empty : List.of("4", "6", "8", "9", "10", "11")) {
            assertThat(next.rows()).as("column %s", empty).allMatch(row -> row.value(empty) == null);
        }
        assertThat(next.rows().get(0).value("3").round(2)).as("the rate is computed").isEqualByComparingTo("8.93");
    }

    @Test
    void targetsAreEmptyAndTheFigureCheckFindsNothing() throws Exception {
        long id = createdByApi();

        for (String code : List.of("bieu-1", "bieu-3")) {
            ComputedTable table = bieu(id, code);
            assertThat(table.rows()).hasSize(9);
            assertThat(table.numericColumns()).filteredOn(c -> c.column().role().isInput())
                    .allSatisfy(c -> assertThat(table.rows()).allMatch(r -> r.value(c.code()) == null));
        }
        assertThat(bieu(id, "bieu-1").definition().printed()).isEmpty();
        assertThat(bieu(id, "bieu-1").definition().notes()).isEmpty();
        assertThat(checks.findings(id, AccessScope.everything()).orElseThrow()).isEmpty();
        assertThat(jdbc.sql("select count(*) from target where target_year = 2020").query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/programmes/" + id + "/findings")).andExpect(status().isOk())
                .andExpect(jsonPath("$", Matchers.hasSize(0)));
    }

    @Test
    void theCreationIsOneAuditEntryAndASecondCallIsRefusedAndWritesNothing() throws Exception {
        long last = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        long id = createdByApi();
        List<String> audit = jdbc.sql("select action || ' ' || entity_type || ' ' || entity_id from audit_event where id > ?")
                .param(last).query(String.class).list();
        assertThat(audit).containsExactly("CREATE programme " + id);

        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(post("/api/v1/programmes/" + SEED + "/next-year").param("year", "2020"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đã có chương trình năm 2020 của đơn vị này."));
        mvc.perform(post("/programmes/" + SEED + "/next-year").param("year", "2020").with(csrf()))
                .andExpect(redirectedUrl("/programmes/" + SEED))
                .andExpect(flash().attribute("nextYearRefused", "Đã có chương trình năm 2020 của đơn vị này."));
        mvc.perform(post("/api/v1/programmes/" + SEED + "/next-year").param("year", "2021"))
                .andExpect(status().isUnprocessableContent());
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    @Test
    void theButtonOpensTheNewProgramme() throws Exception {
        mvc.perform(get("/programmes/" + SEED)).andExpect(content().string(Matchers.containsString("Tạo chương trình năm sau")));

        String location = mvc.perform(post("/programmes/" + SEED + "/next-year").param("year", "2020").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("nextYearMessage",
                        "Đã tạo chương trình năm 2020 (bản nháp: chỉ quản trị thấy). Các chỉ tiêu còn trống: giao chỉ tiêu bằng công cụ phân bổ, rồi bấm «Công bố»."))
                .andReturn().getResponse().getRedirectedUrl();

        long district = programmes.byId(SEED, AccessScope.everything()).orElseThrow().coordinatingUnitId();
        long id = programmes.ofYear(district, 2020, AccessScope.everything()).orElseThrow().id();
        assertThat(location).isEqualTo("/programmes/" + id);
        mvc.perform(get(location).flashAttr("nextYearMessage", "Đã tạo chương trình năm 2020."))
                .andExpect(content().string(Matchers.containsString("Đã tạo chương trình năm 2020.")))
                .andExpect(content().string(Matchers.containsString("NĂM 2020")));
    }

    @Test
    void onlyAnAdministratorCreatesNextYearsProgramme() throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(post("/api/v1/programmes/" + SEED + "/next-year").param("year", "2020")
                .with(user("lanhdao-test").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/" + SEED + "/next-year").param("year", "2020").with(csrf())
                .with(user("canbo-test").roles("COMMUNE_OFFICER"))).andExpect(status().isForbidden());
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        mvc.perform(get("/programmes/" + SEED).with(user("lanhdao-test").roles("VIEWER")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("next-year"))));
    }

    private long createdByApi() throws Exception {
        String json = mvc.perform(post("/api/v1/programmes/" + SEED + "/next-year").param("year", "2020"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(2020))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(json, "$.id").longValue();
    }

    private ComputedTable bieu(long programme, String code) {
        return tables.computed(programme, code, AccessScope.everything()).orElseThrow();
    }

    /** A column's whole-number values by row label. */
    private static Map<String, Long> column(ComputedTable table, String code) {
        return table.rows().stream().filter(r -> r.value(code) != null).collect(Collectors.toMap(ComputedRow::label,
                r -> r.value(code).round(0).longValueExact(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
