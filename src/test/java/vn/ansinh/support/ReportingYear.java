package vn.ansinh.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.households.Sex;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.Indicators;

/**
 * The seed as a programme of a year (see {@link SeedOfYear}) and what tests of progress, reports and the
 * dashboard write in it, as the office would: job placements recorded, reports filed with figures by
 * indicator code, submitted by the reporter and approved by the office. created says whether the
 * programme was imported by this call, so a test writes its data once.
 */
public final class ReportingYear {

    public static final AccessScope OFFICE = AccessScope.everything();

    private final Reports reports;
    private final LabourRecords labour;
    private final Indicators indicators;
    private final long programme;
    private final boolean created;

    public ReportingYear(ApplicationContext beans, int year) {
        this.reports = beans.getBean(Reports.class);
        this.labour = beans.getBean(LabourRecords.class);
        this.indicators = beans.getBean(Indicators.class);
        SeedOfYear seed = SeedOfYear.of(beans.getBean(JdbcClient.class), beans.getBean(ProgrammeImporter.class), year);
        this.programme = seed.programmeId();
        this.created = seed.created();
    }

    public long programme() {
        return programme;
    }

    public boolean created() {
        return created;
    }

    /** A job placement of the commune on that day, in the province. */
    public void job(long commune, String name, Sex sex, LocalDate on) {
        labour.record(new LabourRecord(null, RecordKind.JOB_PLACEMENT, commune, on, name, sex, null, null,
                JobPlace.IN_PROVINCE, null, null, null, null, null, null, null, null, null), OFFICE);
    }

    /** The reporter's report of the period ("2023-03", "2023-Q2") opened and saved with these figures. */
    public Report file(String period, ReporterKind kind, long reporter, Map<String, Integer> amounts) {
        long periodId = reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(period)).findFirst()
                .orElseThrow().id();
        Report report = reports.open(periodId, kind, reporter, "canbo", OFFICE);
        Map<Long, BigDecimal> figures = new HashMap<>();
        amounts.forEach((code, amount) -> figures.put(indicators.byCode(code).orElseThrow().id(), BigDecimal.valueOf(amount)));
        return reports.save(report.id(), report.version(), figures, null, null, "canbo", OFFICE);
    }

    public Report submit(Report report) {
        return reports.submit(report.id(), report.version(), "canbo", OFFICE);
    }

    /** Submitted by its reporter, then approved by the office. */
    public Report approve(Report report) {
        Report submitted = submit(report);
        return reports.approve(submitted.id(), submitted.version(), "quantri", OFFICE);
    }
}
