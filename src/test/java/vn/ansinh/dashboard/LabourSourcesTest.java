package vn.ansinh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.Sex;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.partners.Partners;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * A labour target given both by the records (2 job placements) and by an approved report (5): the dashboard
 * counts the records and shows the report's figure beside; the consolidated report counts the report's and
 * shows the records' beside — they never disagree silently.
 */
@IntegrationTest
class LabourSourcesTest {

    private static final AccessScope OFFICE = AccessScope.everything();
    private static final int YEAR = 2021;

    @Autowired
    Reports reports;
    @Autowired
    LabourRecords labour;
    @Autowired
    Indicators indicators;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long programme;

    @BeforeEach
    void twoJobsRecordedAndFiveReported() {
        long camAn = new SeedScopes(units, partners).unit(SeedScopes.CAM_AN);
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        if (seed.created()) {
            for (LocalDate on : new LocalDate[] {LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 20)}) {
                labour.record(new LabourRecord(null, RecordKind.JOB_PLACEMENT, camAn, on, "Trần Văn Nam", Sex.M, null,
                        null, JobPlace.IN_PROVINCE, null, null, null, null, null, null, null, null, null), OFFICE);
            }
            long march = reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(YEAR + "-03"))
                    .findFirst().orElseThrow().id();
            Report report = reports.open(march, ReporterKind.UNIT, camAn, "canbo", OFFICE);
            report = reports.save(report.id(), report.version(),
                    Map.of(indicators.byCode("JOBS_CREATED").orElseThrow().id(), BigDecimal.valueOf(5)), null, null,
                    "canbo", OFFICE);
            report = reports.submit(report.id(), report.version(), "canbo", OFFICE);
            reports.approve(report.id(), report.version(), "quantri", OFFICE);
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
