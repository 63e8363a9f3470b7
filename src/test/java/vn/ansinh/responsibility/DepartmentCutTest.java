package vn.ansinh.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.dashboard.Dashboard;
import vn.ansinh.dashboard.Dashboards;
import vn.ansinh.reporting.ConsolidatedReport;
import vn.ansinh.reporting.Consolidation;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reporters;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Domain;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ReportingYear;
import vn.ansinh.targets.Indicators;

/**
 * The dashboard and the consolidated report cut by responsible department: the seed programme of 2019 has the
 * district office alone (its cut is the whole programme), the seed as a 2026 programme has four departments,
 * each with only its own domains' targets, tables, series and lines — vocational training with Education.
 */
@IntegrationTest
class DepartmentCutTest {

    private static final AccessScope OFFICE = AccessScope.everything();
    private static final int YEAR = 2026;
    private static final String QUARTER = "2026-Q1";

    @Autowired
    Dashboards dashboards;
    @Autowired
    Consolidation consolidation;
    @Autowired
    Reporters reporters;
    @Autowired
    Indicators indicators;
    @Autowired
    ApplicationContext beans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long programme;
    long seed;

    @BeforeEach
    void setUp() {
        ReportingYear year = new ReportingYear(beans, YEAR);
        programme = year.programme();
        seed = jdbc.sql("select id from programme where programme_year = 2019").query(Long.class).single();
        if (year.created()) {
            long commune = reporters.of(programme, OFFICE).stream().filter(r -> r.kind() == ReporterKind.UNIT)
                    .findFirst().orElseThrow().id();
            year.approve(year.file(QUARTER, ReporterKind.UNIT, commune, Map.of("JOBS_CREATED", 12,
                    "VOCATIONAL_TRAINEES", 5, "POVERTY_EXITS", 3, "CHILD_FRIENDLY_COMMUNES", 1,
                    "MERIT_COMMUNES_NO_POOR", 1)));
        }
    }

    @Test
    void the2026DashboardSplitsIntoFourPartsWithVocationalTrainingForEducation() {
        List<String> whole = codes(dashboards.of(programme, OFFICE, null).orElseThrow());
        Dashboard education = dashboards.of(programme, OFFICE, "SGDDT").orElseThrow();
        assertThat(codes(education)).containsExactly("VOCATIONAL_TRAINEES", "SKILL_CERTIFICATES");
        assertThat(education.plan().columns()).extracting(Dashboard.Column::code)
                .containsExactly("VOCATIONAL_TRAINEES", "SKILL_CERTIFICATES");
        assertThat(education.trend().series()).extracting(Dashboard.Series::code).containsExactly("VOCATIONAL_TRAINEES");
        assertThat(education.povertyRates()).isEmpty();

        Dashboard home = dashboards.of(programme, OFFICE, "SNV").orElseThrow();
        assertThat(codes(home)).contains("JOBS_CREATED", "MERIT_COMMUNES_NO_POOR")
                .doesNotContain("VOCATIONAL_TRAINEES", "CHILD_FRIENDLY_COMMUNES", "POVERTY_EXITS");
        assertThat(home.trend().series()).extracting(Dashboard.Series::code).containsExactly("JOBS_CREATED");
        Dashboard agriculture = dashboards.of(programme, OFFICE, "SNNMT").orElseThrow();
        assertThat(codes(agriculture)).contains("POVERTY_EXITS")
                .allSatisfy(code -> assertThat(indicators.byCode(code).orElseThrow().domain()).isEqualTo(Domain.POVERTY));
        assertThat(agriculture.povertyRates()).hasSize(9);
        Dashboard health = dashboards.of(programme, OFFICE, "SYT").orElseThrow();
        assertThat(codes(health)).containsExactly("CHILD_FRIENDLY_COMMUNES");
        assertThat(health.plan().columns()).isEmpty();

        List<String> parts = new ArrayList<>();
        for (Dashboard part : List.of(education, home, agriculture, health)) {
            parts.addAll(codes(part));
        }
        assertThat(parts).as("each target in exactly one department's part").containsExactlyInAnyOrderElementsOf(whole);
        assertThatThrownBy(() -> dashboards.of(programme, OFFICE, "LDTBXH")).isInstanceOf(UnknownDepartmentException.class);
    }

    @Test
    void theSeedProgrammeOf2019IsTheDistrictOfficesWhole() throws Exception {
        Dashboard whole = dashboards.of(seed, OFFICE, null).orElseThrow();
        Dashboard office = dashboards.of(seed, OFFICE, "LDTBXH").orElseThrow();
        assertThat(codes(office)).isEqualTo(codes(whole)).contains("JOBS_CREATED", "VOCATIONAL_TRAINEES",
                "POVERTY_EXITS", "CHILD_FRIENDLY_COMMUNES", "MERIT_COMMUNES_NO_POOR");
        assertThat(office.plan()).isEqualTo(whole.plan());

        String page = page("/programmes/" + seed + "/dashboard");
        assertThat(page).contains("<option value=\"LDTBXH\">Phòng Lao động – Thương binh và Xã hội</option>")
                .doesNotContain("value=\"SNV\"");
        assertThat(mvc.perform(get("/programmes/" + seed + "/dashboard").param("department", "SNV")).andReturn()
                .getResponse().getStatus()).as("no part in 2019").isEqualTo(404);
    }

    @Test
    void theDashboardPageAndApiShowOnlyTheChosenDepartmentsPart() throws Exception {
        String page = page("/programmes/" + programme + "/dashboard?department=SYT");
        assertThat(page).contains("<option value=\"SYT\" selected=\"selected\">Sở Y tế</option>",
                "<option value=\"SNV\">Sở Nội vụ</option>", "<option value=\"SGDDT\">Sở Giáo dục và Đào tạo</option>",
                "<option value=\"SNNMT\">Sở Nông nghiệp và Môi trường</option>", "id=\"target-CHILD_FRIENDLY_COMMUNES\"")
                .doesNotContain("id=\"target-JOBS_CREATED\"", "value=\"LDTBXH\"");
        String english = page("/programmes/" + programme + "/dashboard?department=SYT&lang=en");
        assertThat(english).contains("<option value=\"SYT\" selected=\"selected\">Department of Health</option>");

        String json = mvc.perform(get("/api/v1/programmes/" + programme + "/dashboard").param("department", "SGDDT"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.targets[*].code"))
                .containsExactly("VOCATIONAL_TRAINEES", "SKILL_CERTIFICATES");
        MvcResult unknown = mvc.perform(get("/api/v1/programmes/" + programme + "/dashboard").param("department", "XYZ"))
                .andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theConsolidatedReportKeepsTheLinesOfTheDepartmentsDomains() throws Exception {
        assertThat(lines(null)).containsExactlyInAnyOrder("JOBS_CREATED", "VOCATIONAL_TRAINEES", "POVERTY_EXITS",
                "CHILD_FRIENDLY_COMMUNES", "MERIT_COMMUNES_NO_POOR");
        assertThat(lines("SGDDT")).containsExactly("VOCATIONAL_TRAINEES");
        assertThat(lines("SNV")).containsExactlyInAnyOrder("JOBS_CREATED", "MERIT_COMMUNES_NO_POOR");
        assertThat(lines("SNNMT")).containsExactly("POVERTY_EXITS");
        assertThat(lines("SYT")).containsExactly("CHILD_FRIENDLY_COMMUNES");
        ConsolidatedReport education = consolidation.of(programme, QUARTER, OFFICE, "SGDDT");
        assertThat(education.lines().get(0).communes()).isEqualByComparingTo("5");
        assertThat(education.approved()).isEqualTo(1);

        String page = page("/programmes/" + programme + "/reports/consolidated?period=" + QUARTER + "&department=SNNMT");
        assertThat(page).contains("<option value=\"SNNMT\" selected=\"selected\">Sở Nông nghiệp và Môi trường</option>",
                "data-code=\"POVERTY_EXITS\">3</span>", "department=SNNMT")
                .doesNotContain("data-code=\"JOBS_CREATED\"");
        MvcResult xlsx = mvc.perform(get("/programmes/" + programme + "/reports/consolidated.xlsx")
                .param("period", QUARTER).param("department", "SYT")).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<String> texts = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).anyMatch(t -> t.endsWith("— Sở Y tế")).contains("Xã, thị trấn phù hợp với trẻ em")
                    .doesNotContain("Giải quyết việc làm", "Đào tạo nghề");
        }
        assertThat(mvc.perform(get("/programmes/" + programme + "/reports/consolidated").param("period", QUARTER)
                .param("department", "LDTBXH")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private List<String> lines(String department) {
        return consolidation.of(programme, QUARTER, OFFICE, department).lines().stream()
                .map(ConsolidatedReport.Line::code).toList();
    }

    private static List<String> codes(Dashboard dashboard) {
        return dashboard.targets().stream().map(Dashboard.TargetProgress::code).toList();
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }
}
