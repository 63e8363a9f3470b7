package vn.ansinh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.Sex;
import vn.ansinh.partners.Partners;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ReportingYear;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * A labour target given both by the records (2 job placements) and by an approved report (5): the dashboard
 * counts the records and shows the report's figure beside; the consolidated report counts the report's and
 * shows the records' beside — they never disagree silently.
 */
@IntegrationTest
class LabourSourcesTest {

    private static final int YEAR = 2021;

    @Autowired
    ApplicationContext beans;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    MockMvc mvc;

    long programme;

    @BeforeEach
    void twoJobsRecordedAndFiveReported() {
        long camAn = new SeedScopes(units, partners).unit(SeedScopes.CAM_AN);
        ReportingYear year = new ReportingYear(beans, YEAR);
        programme = year.programme();
        if (year.created()) {
            year.job(camAn, "Trần Văn Nam", Sex.M, LocalDate.of(YEAR, 3, 2));
            year.job(camAn, "Trần Văn Nam", Sex.M, LocalDate.of(YEAR, 3, 20));
            year.approve(year.file(YEAR + "-03", ReporterKind.UNIT, camAn, Map.of("JOBS_CREATED", 5)));
        }
    }

    @Test
    void theDashboardCountsTheRecordsAndShowsTheApprovedReportsFigureBeside() throws Exception {
        String row = row(page("/programmes/" + programme + "/dashboard"), "id=\"target-JOBS_CREATED\"");
        assertThat(cell(row, "data-field=\"achieved\"")).isEqualTo("2");
        assertThat(cell(row, "data-field=\"reported\"")).isEqualTo("báo cáo đã duyệt: 5 (không tính)");
        assertThat(row).contains("(hồ sơ lao động)");
    }

    @Test
    void theConsolidatedReportCountsTheReportsAndShowsTheRecordsFigureBeside() throws Exception {
        String page = page("/programmes/" + programme + "/reports/consolidated?period=" + YEAR + "-03");
        assertThat(cell(page, "data-code=\"JOBS_CREATED\"")).isEqualTo("5");
        assertThat(cell(page, "data-records=\"JOBS_CREATED\"")).isEqualTo("hồ sơ lao động: 2 (không tính)");
        assertThat(page).contains("Báo cáo tổng hợp kỳ Tháng 3/" + YEAR);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private static String row(String page, String marker) {
        int at = page.indexOf(marker);
        assertThat(at).as(marker).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    /** The text of the first element carrying the attribute (and of its first child span, if any). */
    private static String cell(String html, String attribute) {
        Matcher cell = Pattern.compile(Pattern.quote(attribute) + "[^>]*>\\s*(?:<span[^>]*>)?([^<]*)<").matcher(html);
        assertThat(cell.find()).as(attribute).isTrue();
        return cell.group(1).strip();
    }
}
