package vn.ansinh.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
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
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;
import vn.ansinh.households.SupportLog;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * A backup of the shared test database — the seed, and a report, a review round with an outcome, support, a
 * sponsorship, a labour record, a user and their audit entries made here through the modules — restored
 * through the start-up hook into a fresh, empty H2 database, then migrated by Flyway: every table holds the
 * same number of rows with the same content, and no migration was left to run.
 */
@IntegrationTest
class BackupRoundTripTest {

    /** A year no test imports: the review round and sponsorship of this test's household. */
    private static final int YEAR = 2065;
    private static final AccessScope OFFICE = AccessScope.everything();

    @Autowired
    Backups backups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    SupportLog support;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    Reviews reviews;
    @Autowired
    LabourRecords labour;
    @Autowired
    Reports reports;

    RestoredDatabase restored;

    @AfterEach
    void dropRestored() {
        if (restored != null) {
            restored.close();
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRowOfEveryTable() {
        makeRowsOfEveryKind();
        TableContents source = TableContents.of(jdbc);
        Backup backup = backups.make(BackupTrigger.USER);
        Path file = backups.folder().resolve(backup.name());

        restored = new RestoredDatabase(context);
        Flyway flyway = restored.flyway;
        int before = flyway.info().applied().length;
        restored.restore(file);
        TableContents copy = TableContents.of(restored.jdbc());

        assertThat(before).as("migrations applied to the new database before the restore").isZero();
        assertThat(copy.tables().keySet()).as("the tables").isEqualTo(source.tables().keySet());
        assertThat(copy.tables()).as("every table's row count and content").isEqualTo(source.tables());
        assertThat(flyway.info().pending()).as("migrations left to run after the restore").isEmpty();
        for (String table : List.of("programme", "report", "report_figure", "review_round", "review_outcome",
                "household", "household_support", "household_sponsor", "labour_record", "user_account",
                "role_assignment", "audit_event", "flyway_schema_history")) {
            assertThat(copy.rows(table)).as("rows of %s", table).isPositive();
        }
        restored.jdbc().sql("update household set head_name = 'Nguyễn Thị Sao Luu' where head_name = :name")
                .param("name", "Nguyễn Thị Sao Lưu").update();
        assertThat(TableContents.of(restored.jdbc()).tables().get("household"))
                .as("the comparison sees one letter changed in one row").isNotEqualTo(source.tables().get("household"));
    }

    /** One row or more of each kind the office keeps, made as its module makes it (and audited). */
    private void makeRowsOfEveryKind() {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        TestAccounts.ensure(accounts, "saoluu.canbo", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        Household household = registry.register(new Household(null, camAn, "SL-" + UUID.randomUUID(), "Thôn Cam Lộ",
                "Nguyễn Thị Sao Lưu", null, "Kinh", null, Area.RURAL, List.of(new Member("Nguyễn Thị Sao Lưu", Sex.F,
                        LocalDate.of(1970, 5, 1), "Chủ hộ", null, false, true, null, null))), OFFICE);
        registry.setStatus(household.id(), new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CAN_EXIT, null,
                null), OFFICE);
        support.record(new Support(null, household.id(), SupportKind.HOUSING, null, null, new BigDecimal("15000000"),
                LocalDate.of(2019, 4, 2), null, "Hỗ trợ nhà ở"), OFFICE);
        sponsorships.assign(household.id(), YEAR, partners.byCode("CL.HND").orElseThrow().id(), OFFICE);
        ReviewRound round = reviews.rounds(List.of(camAn), OFFICE).stream().filter(r -> r.year() == YEAR).findFirst()
                .orElseGet(() -> reviews.open(camAn, YEAR, OFFICE));
        reviews.record(round.id(), new ReviewDecision(household.id(), ReviewOutcome.EXITS_POVERTY,
                LocalDate.of(YEAR, 11, 2), "QĐ 7/QĐ-UBND", Classification.MEDIUM, null, null, null), OFFICE);
        labour.record(new LabourRecord(null, RecordKind.JOB_PLACEMENT, camAn, LocalDate.of(2019, 3, 12),
                "Trần Văn Sao", Sex.M, null, null, JobPlace.IN_PROVINCE, null, null, null, null, null, null, null,
                null, null), OFFICE);
        long march = jdbc.sql("select id from reporting_period where programme_id = 1 order by id").query(Long.class)
                .list().get(2);
        reports.open(march, ReporterKind.UNIT, camAn, "quantri-test", OFFICE);
    }

    static BackupProperties properties(Path restore) {
        return new BackupProperties(null, false, null, 0, 0, restore);
    }
}
