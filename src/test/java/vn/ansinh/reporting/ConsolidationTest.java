package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.targets.Indicators;

/**
 * The consolidated report of a period is the sum of its approved reports — a submitted, returned or
 * draft report adds nothing, a reopened one stops counting — in HTML, XLSX and PDF alike.
 */
@IntegrationTest
class ConsolidationTest {

    private static final AccessScope OFFICE = AccessScope.everything();
    private static final int YEAR = 2093;
    private static final String QUARTER = YEAR + "-Q1";

    @Autowired
    Consolidation consolidation;
    @Autowired
    Reports reports;
    @Autowired
    Reporters reporters;
    @Autowired
    Indicators indicators;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long programme;
    long jobs;
    long exits;
    long merit;
    long sponsored;
    List<Reporters.Reporter> communes;
    List<Reporters.Reporter> organisations;

    @BeforeEach
    void setUp() {
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        jobs = indicators.byCode("JOBS_CREATED").orElseThrow().id();
        exits = indicators.byCode("POVERTY_EXITS").orElseThrow().id();
        merit = indicators.byCode("MERIT_COMMUNES_NO_POOR").orElseThrow().id();
        sponsored = indicators.byCode("SPONSORED_EXITS").orElseThrow().id();
        List<Reporters.Reporter> all = reporters.of(programme, OFFICE);
        communes = all.stream().filter(r -> r.kind() == ReporterKind.UNIT).toList();
        organisations = all.stream().filter(r -> r.kind() == ReporterKind.ORGANISATION).toList();
        if (seed.created()) {
            fileTheQuarter();
        }
    }

    /** Two communes and an organisation approved; a commune submitted, one returned, an organisation in draft. */
    private void fileTheQuarter() {
        approve(file(communes.get(0), Map.of(jobs, 12, exits, 3, merit, 1), "Thiếu vốn vay ưu đãi"));
        approve(file(communes.get(1), Map.of(jobs, 7, merit, 1), null));
        approve(file(organisations.get(0), Map.of(sponsored, 2), null));
        submit(file(communes.get(2), Map.of(jobs, 100, merit, 1), null));
        Report returned = submit(file(communes.get(3), Map.of(jobs, 40), null));
        reports.returnWith(returned.id(), returned.version(), "Số liệu chưa khớp sổ", "quantri", OFFICE);
        file(organisations.get(1), Map.of(sponsored, 50), null);
    }

    @Test
    void onlyApprovedReportsAreSummedEachOnce() {
        ConsolidatedReport report = consolidation.of(programme, QUARTER, OFFICE);

        assertThat(report.approved()).isEqualTo(3);
        assertThat(report.expected()).isEqualTo(15);
        assertThat(line(report, "JOBS_CREATED").communes()).isEqualByComparingTo("19");
        assertThat(line(report, "JOBS_CREATED").organisations()).as("no organisation reported jobs").isNull();
        assertThat(line(report, "POVERTY_EXITS").communes()).isEqualByComparingTo("3");
        assertThat(line(report, "SPONSORED_EXITS")).satisfies(l -> {
            assertThat(l.communes()).isNull();
            assertThat(l.organisations()).isEqualByComparingTo("2");
            assertThat(l.target()).as("the organisations' commitments of Biểu 3").isEqualByComparingTo(organisationTargets());
        });
        assertThat(line(report, "MERIT_COMMUNES_NO_POOR")).satisfies(l -> {
            assertThat(l.countOfUnits()).isTrue();
            assertThat(l.communes()).isEqualByComparingTo("2");
            assertThat(l.communesExpected()).isEqualTo(9);
            assertThat(l.target()).isEqualByComparingTo("9");
            assertThat(l.communesInPeriod()).as("a count of communes has no increment").isNull();
        });
        assertThat(line(report, "JOBS_CREATED").target()).as("the communes' targets of Biểu 1")
                .isEqualByComparingTo(communeTargets(jobs));
        assertThat(report.notes()).singleElement().satisfies(n -> {
            assertThat(n.reporter()).isEqualTo(communes.get(0).name());
            assertThat(n.difficulties()).isEqualTo("Thiếu vốn vay ưu đãi");
        });
    }

    @Test
    void aReopenedReportStopsCountingUntilApprovedAgain() {
        String month = YEAR + "-05";
        Report report = approve(file(month, communes.get(4), Map.of(jobs, 30), null));
        assertThat(line(consolidation.of(programme, month, OFFICE), "JOBS_CREATED").communes()).isEqualByComparingTo("30");

        Report reopened = reports.reopen(report.id(), report.version(), "Sai số người", "quantri", OFFICE);

        assertThat(consolidation.of(programme, month, OFFICE).lines()).isEmpty();
        approve(reopened);
        assertThat(line(consolidation.of(programme, month, OFFICE), "JOBS_CREATED").communes()).isEqualByComparingTo("30");
    }

    @Test
    void thePeriodsOwnFigureIsEachReportersLessItsLatestEarlierApprovedOne() {
        approve(file(YEAR + "-07", communes.get(5), Map.of(jobs, 10), null));
        approve(file(YEAR + "-08", communes.get(5), Map.of(jobs, 25), null));
        approve(file(YEAR + "-08", communes.get(6), Map.of(jobs, 4), null));
        submit(file(YEAR + "-07", communes.get(6), Map.of(jobs, 3), null));

        ConsolidatedReport.Line august = line(consolidation.of(programme, YEAR + "-08", OFFICE), "JOBS_CREATED");

        assertThat(august.communes()).isEqualByComparingTo("29");
        assertThat(august.communesInPeriod()).as("15 more in one commune, 4 in the other (its July report is not approved)")
                .isEqualByComparingTo("19");
    }

    @Test
    void thePageShowsTheSameFigures() throws Exception {
        mvc.perform(get("/programmes/{id}/reports/consolidated", programme).param("period", QUARTER))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-code=\"JOBS_CREATED\">19<")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thiếu vốn vay ưu đãi")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3 trong 15 báo cáo đã duyệt")));
    }

    @Test
    void theWorkbookHoldsTheFiguresAsNumbers() throws Exception {
        byte[] file = mvc.perform(get("/programmes/{id}/reports/consolidated.xlsx", programme).param("period", QUARTER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Tổng hợp " + QUARTER);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Các xã: lũy kế");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Các xã: trong kỳ");
            Row jobsRow = row(sheet, "Giải quyết việc làm");
            assertThat(jobsRow.getCell(2).getNumericCellValue()).isEqualTo(19);
            assertThat(jobsRow.getCell(3).getNumericCellValue()).as("the first quarter: all of it in the period").isEqualTo(19);
            assertThat(jobsRow.getCell(6).getNumericCellValue()).isEqualTo(communeTargets(jobs).doubleValue());
            assertThat(row(sheet, "Hộ giảm nghèo (chỉ tiêu ký kết)").getCell(2).getNumericCellValue()).isEqualTo(3);
            Row sponsoredRow = row(sheet, "Hộ nghèo được tổ chức đỡ đầu thoát nghèo");
            assertThat(sponsoredRow.getCell(2)).as("no commune reported it").isNull();
            assertThat(sponsoredRow.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(row(sheet, "Xã, thị trấn không có hộ nghèo thuộc chính sách người có công").getCell(1)
                    .getStringCellValue()).isEqualTo("xã (/9)");
        }
    }

    @Test
    void thePdfReadsInVietnamese() throws Exception {
        byte[] file = mvc.perform(get("/programmes/{id}/reports/consolidated.pdf", programme).param("period", QUARTER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Giải quyết việc làm người 19 19 1.296", "Hộ giảm nghèo (chỉ tiêu ký kết) hộ 3 3 82",
                    "Hộ nghèo được tổ chức đỡ đầu thoát nghèo hộ 2 2 82",
                    "Thiếu vốn vay ưu đãi", "Quý I/2093");
        }
    }

    @Test
    void anUnknownPeriodIsNotFound() throws Exception {
        mvc.perform(get("/programmes/{id}/reports/consolidated", programme).param("period", "1999-13"))
                .andExpect(status().isNotFound());
    }

    private Report file(Reporters.Reporter reporter, Map<Long, Integer> amounts, String difficulties) {
        return file(QUARTER, reporter, amounts, difficulties);
    }

    private Report file(String periodCode, Reporters.Reporter reporter, Map<Long, Integer> amounts, String difficulties) {
        ReportingPeriod period = reports.periods(programme, OFFICE).stream()
                .filter(p -> p.code().equals(periodCode)).findFirst().orElseThrow();
        Report report = reports.open(period.id(), reporter.kind(), reporter.id(), "canbo", OFFICE);
        Map<Long, BigDecimal> figures = new java.util.HashMap<>();
        amounts.forEach((indicator, amount) -> figures.put(indicator, BigDecimal.valueOf(amount)));
        return reports.save(report.id(), report.version(), figures, difficulties, null, "canbo", OFFICE);
    }

    private Report submit(Report report) {
        return reports.submit(report.id(), report.version(), "canbo", OFFICE);
    }

    private Report approve(Report report) {
        Report submitted = submit(report);
        return reports.approve(submitted.id(), submitted.version(), "quantri", OFFICE);
    }

    private BigDecimal communeTargets(long indicator) {
        return jdbc.sql("""
                select sum(amount) from target where indicator_id = ? and target_year = ? and organisation_id is null
                and unit_id in (:units)""".replace(":units", String.join(",", communes.stream().map(c -> "" + c.id()).toList())))
                .params(indicator, YEAR).query(BigDecimal.class).single();
    }

    private BigDecimal organisationTargets() {
        return jdbc.sql("select sum(amount) from target where indicator_id = ? and target_year = ? and organisation_id is not null")
                .params(sponsored, YEAR).query(BigDecimal.class).single();
    }

    private static ConsolidatedReport.Line line(ConsolidatedReport report, String code) {
        return report.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private static Row row(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
