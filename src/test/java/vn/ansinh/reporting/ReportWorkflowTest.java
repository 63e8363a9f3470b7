package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.ReviewDecision;
import vn.ansinh.households.ReviewOutcome;
import vn.ansinh.households.ReviewRound;
import vn.ansinh.households.Reviews;
import vn.ansinh.households.Sex;
import vn.ansinh.households.Sponsorships;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * A report's workflow: every step and every refusal, the figures ansinh pre-fills, saves over someone
 * else's refused naming who and when, and 100 writers at once losing nothing.
 */
@IntegrationTest
class ReportWorkflowTest {

    private static final AccessScope OFFICE = AccessScope.everything();
    private static final int YEAR = 2048;

    @Autowired
    Reports reports;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    Indicators indicators;
    @Autowired
    Reviews reviews;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    Reporters reporters;

    long programme;
    long camAn;
    SeedScopes scopes;

    @BeforeEach
    void setUp() {
        scopes = new SeedScopes(units, partners);
        camAn = scopes.unit(SeedScopes.CAM_AN);
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        // The year is this test's alone (another test's programme of the year would be created without this record).
        if (seed.created()) {
            // The programme's year lies ahead of today, where a record cannot be made: the record is put in as kept.
            jdbc.sql("insert into labour_record (kind, unit_id, record_date, full_name, sex, place) values "
                    + "('JOB_PLACEMENT', :unit, :date, 'Lê Văn Tú', 'M', 'IN_PROVINCE')").param("unit", camAn)
                    .param("date", LocalDate.of(YEAR, 3, 12)).update();
        }
    }

    @Test
    void theProgrammeHasItsMonthsQuartersAndYearWithDueDates() {
        List<ReportingPeriod> periods = reports.periods(programme, OFFICE);
        assertThat(periods).hasSize(17);
        ReportingPeriod march = period("2048-03");
        assertThat(march.endsOn()).isEqualTo(LocalDate.of(YEAR, 3, 31));
        assertThat(march.dueOn()).isEqualTo(LocalDate.of(YEAR, 4, 5));
        assertThat(period("2048-Q1").endsOn()).isEqualTo(LocalDate.of(YEAR, 3, 31));
        assertThat(period("2048").dueOn()).isEqualTo(LocalDate.of(YEAR + 1, 1, 5));
        assertThat(reports.createPeriods(programme)).as("made when the programme was imported, once").hasSize(17);
    }

    @Test
    void aProgrammeFromBeforeReportsGetsItsPeriodsAtStart() {
        long older = SeedOfYear.of(jdbc, importer, 2087).programmeId();
        jdbc.sql("delete from reporting_period where programme_id = ?").param(older).update();
        assertThat(reports.periods(older, OFFICE)).isEmpty();

        assertThat(reports.createMissingPeriods()).isEqualTo(1);

        assertThat(reports.periods(older, OFFICE)).hasSize(17);
        assertThat(reports.createMissingPeriods()).isZero();
    }

    @Test
    void aNewReportAsksForTheCommunesTargetsWithWhatAnsinhKnowsFilledIn() {
        Report report = reports.open(period("2048-03").id(), ReporterKind.UNIT, camAn, "canbo", OFFICE);

        long jobs = indicator("JOBS_CREATED");
        assertThat(report.figures()).extracting(ReportFigure::indicatorId).contains(jobs, indicator("POVERTY_EXITS"),
                indicator("MERIT_COMMUNES_NO_POOR"));
        assertThat(report.figures()).filteredOn(f -> f.indicatorId() == jobs).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualByComparingTo("1");
            assertThat(f.prefilled()).isTrue();
        });
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(reports.open(period("2048-03").id(), ReporterKind.UNIT, camAn, "canbo", OFFICE).id()).isEqualTo(report.id());
    }

    @Test
    void aCommuneThatKeepsItsHouseholdsHasItsReviewsExitsFilledIn() {
        long camThuy = scopes.unit("QT.CL.THUY");
        Report before = reports.open(period("2048-02").id(), ReporterKind.UNIT, camThuy, "canbo", OFFICE);
        assertThat(figure(before, "POVERTY_EXITS").amount()).as("no review yet: nothing known").isNull();

        ReviewRound round = reviews.open(camThuy, YEAR, OFFICE);
        List<Reporters.Reporter> organisations = reporters.of(programme, OFFICE).stream()
                .filter(r -> r.kind() == ReporterKind.ORGANISATION).toList();
        Reporters.Reporter sponsor = organisations.get(0);
        boolean first = true;
        for (LocalDate day : List.of(LocalDate.of(YEAR, 6, 10), LocalDate.of(YEAR, 11, 20))) {
            Household household = registry.register(new Household(null, camThuy, "RV-" + day, "Thôn Thượng Viên",
                    "Hoàng Văn Lực", "Thôn Thượng Viên, xã Cam Thủy", "Kinh", null, Area.RURAL, List.of(new Member(
                            "Hoàng Văn Lực", Sex.M, LocalDate.of(1975, 4, 2), "Chủ hộ", null, false, true, null, null))), OFFICE);
            registry.setStatus(household.id(), new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CAN_EXIT, null,
                    null), OFFICE);
            if (first) {
                sponsorships.assign(household.id(), YEAR, sponsor.id(), OFFICE);
                first = false;
            }
            reviews.record(round.id(), new ReviewDecision(household.id(), ReviewOutcome.EXITS_POVERTY, day, "QĐ 12/QĐ-UBND",
                    Classification.MEDIUM, null, null, null), OFFICE);
        }

        assertThat(figure(reports.open(period("2048-Q2").id(), ReporterKind.UNIT, camThuy, "canbo", OFFICE), "POVERTY_EXITS"))
                .satisfies(f -> {
                    assertThat(f.amount()).isEqualByComparingTo("1");
                    assertThat(f.prefilled()).isTrue();
                });
        assertThat(figure(reports.open(period("2048").id(), ReporterKind.UNIT, camThuy, "canbo", OFFICE), "POVERTY_EXITS")
                .amount()).as("from the start of the year").isEqualByComparingTo("2");
        assertThat(figure(reports.open(period("2048-05").id(), ReporterKind.UNIT, camThuy, "canbo", OFFICE), "POVERTY_EXITS")
                .amount()).isEqualByComparingTo("0");
        assertThat(figure(reports.open(period("2048").id(), ReporterKind.ORGANISATION, sponsor.id(), "hoi", OFFICE),
                "SPONSORED_EXITS")).as("the household it sponsored that left poverty").satisfies(f -> {
                    assertThat(f.amount()).isEqualByComparingTo("1");
                    assertThat(f.prefilled()).isTrue();
                });
        assertThat(figure(reports.open(period("2048").id(), ReporterKind.ORGANISATION, organisations.get(1).id(), "hoi",
                OFFICE), "SPONSORED_EXITS").amount()).isEqualByComparingTo("0");
    }

    private ReportFigure figure(Report report, String code) {
        long id = indicator(code);
        return report.figures().stream().filter(f -> f.indicatorId() == id).findFirst().orElseThrow();
    }

    @Test
    void everyStepOfTheWorkflowAndEveryRefusal() {
        Report r = reports.open(period("2048-04").id(), ReporterKind.UNIT, camAn, "canbo", OFFICE);
        long jobs = indicator("JOBS_CREATED");
        r = reports.save(r.id(), r.version(), Map.of(jobs, BigDecimal.valueOf(12)), "Thiếu vốn vay", "Hỗ trợ vốn", "canbo", OFFICE);
        assertThat(r.figures()).filteredOn(f -> f.indicatorId() == jobs).singleElement()
                .satisfies(f -> assertThat(f.prefilled()).isFalse());
        Report draft = r;
        refused(() -> reports.approve(draft.id(), draft.version(), "quantri", OFFICE), "report.refused.approve");

        r = reports.submit(r.id(), r.version(), "canbo", OFFICE);
        assertThat(r.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(r.submittedAt()).isNotNull();
        Report submitted = r;
        refused(() -> reports.save(submitted.id(), submitted.version(), Map.of(), null, null, "canbo", OFFICE),
                "report.refused.edit");
        refused(() -> reports.returnWith(submitted.id(), submitted.version(), " ", "quantri", OFFICE),
                "report.refused.returnComment");

        r = reports.returnWith(r.id(), r.version(), "Số việc làm chưa khớp hồ sơ", "quantri", OFFICE);
        assertThat(r.state()).isEqualTo(ReportState.RETURNED);
        assertThat(r.returnComment()).isEqualTo("Số việc làm chưa khớp hồ sơ");
        r = reports.save(r.id(), r.version(), Map.of(jobs, BigDecimal.valueOf(11)), "Thiếu vốn vay", "Hỗ trợ vốn", "canbo", OFFICE);
        r = reports.submit(r.id(), r.version(), "canbo", OFFICE);
        r = reports.approve(r.id(), r.version(), "quantri", OFFICE);
        assertThat(r.state()).isEqualTo(ReportState.APPROVED);
        Report approved = r;
        refused(() -> reports.submit(approved.id(), approved.version(), "canbo", OFFICE), "report.refused.submit");
        refused(() -> reports.returnWith(approved.id(), approved.version(), "x", "quantri", OFFICE), "report.refused.return");
        refused(() -> reports.reopen(approved.id(), approved.version(), "", "quantri", OFFICE), "report.refused.reopenReason");
        refused(() -> reports.reopen(approved.id(), approved.version(), "Sai số", "canbo", scopes.communeOfficer(SeedScopes.CAM_AN)),
                "report.refused.office");

        r = reports.reopen(r.id(), r.version(), "Bổ sung số liệu tháng 4", "quantri", OFFICE);
        assertThat(r.state()).isEqualTo(ReportState.DRAFT);
        assertThat(r.reopenReason()).isEqualTo("Bổ sung số liệu tháng 4");
        Report reopened = r;
        refused(() -> reports.reopen(reopened.id(), reopened.version(), "again", "quantri", OFFICE), "report.refused.reopen");
    }

    @Test
    void aSaveOverSomeoneElsesIsRefusedNamingWhoAndWhen() {
        Report read = reports.open(period("2048-05").id(), ReporterKind.UNIT, camAn, "canbo.a", OFFICE);
        reports.save(read.id(), read.version(), Map.of(), "Bản của A", null, "canbo.a", OFFICE);

        assertThatThrownBy(() -> reports.save(read.id(), read.version(), Map.of(), "Bản của B", null, "canbo.b", OFFICE))
                .isInstanceOfSatisfying(ReportRefusal.class, e -> {
                    assertThat(e.code()).isEqualTo("report.conflict");
                    assertThat(e.arguments().get(0)).isEqualTo("canbo.a");
                });
        assertThat(reports.byId(read.id(), OFFICE).difficulties()).isEqualTo("Bản của A");
    }

    @Test
    void anOfficerOfAnotherCommuneHasNoSuchReport() {
        long camThanh = scopes.unit("QT.CL.THANH");
        assertThatThrownBy(() -> reports.open(period("2048-06").id(), ReporterKind.UNIT, camThanh, "canbo",
                scopes.communeOfficer(SeedScopes.CAM_AN))).isInstanceOf(ReportNotFoundException.class);
        Report theirs = reports.open(period("2048-06").id(), ReporterKind.UNIT, camThanh, "canbo.thanh", OFFICE);
        assertThatThrownBy(() -> reports.byId(theirs.id(), scopes.communeOfficer(SeedScopes.CAM_AN)))
                .isInstanceOf(ReportNotFoundException.class);
    }

    @Test
    void aHundredWritersAtOnceLoseNothing() throws Exception {
        Report report = reports.open(period("2048-07").id(), ReporterKind.UNIT, camAn, "canbo", OFFICE);
        int writers = 100;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String marker = "[" + w + "]";
            done.add(pool.submit(() -> {
                start.await();
                while (true) {
                    Report current = reports.byId(report.id(), OFFICE);
                    String proposals = (current.proposals() == null ? "" : current.proposals()) + marker;
                    try {
                        reports.save(current.id(), current.version(), Map.of(), null, proposals, "writer" + marker, OFFICE);
                        return null;
                    } catch (ReportRefusal e) {
                        assertThat(e.code()).isEqualTo("report.conflict");
                        conflicts.incrementAndGet();
                    }
                }
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Report last = reports.byId(report.id(), OFFICE);
        assertThat(last.version()).isEqualTo(report.version() + writers);
        for (int w = 0; w < writers; w++) {
            assertThat(last.proposals()).contains("[" + w + "]");
        }
        System.out.printf("100 writers: %d saves refused as conflicts and retried, none lost%n", conflicts.get());
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReportRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private ReportingPeriod period(String code) {
        return reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private long indicator(String code) {
        return indicators.byCode(code).orElseThrow().id();
    }
}
