package vn.ansinh.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * A backup taken while four officers keep registering households with their status: no writer is refused or
 * kept waiting into an error by the backup, and the restored copy is one moment of the database — every
 * household in it whole (its members and its status with it), the registry's kept counts equal to a count of
 * the statuses it holds, and as many households as were written before the backup began, at least, and after
 * it ended, at most.
 */
@IntegrationTest
class BackupWhileWritingTest {

    /** A year no test imports: the statuses written here. */
    private static final int YEAR = 2067;
    private static final int WRITERS = 4;

    @Autowired
    Backups backups;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    RestoredDatabase restored;

    @AfterEach
    void dropRestored() {
        if (restored != null) {
            restored.close();
        }
    }

    @Test
    void aBackupTakenWhileOfficersWriteIsOneMomentOfTheDatabaseAndRefusesNoWriter() throws Exception {
        long unit = units.byCode("QT.CL.THANH").orElseThrow().id();
        String prefix = "BW" + System.nanoTime() % 100_000 + "-";
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> refused = new ConcurrentLinkedQueue<>();
        ExecutorService officers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> work = java.util.stream.IntStream.range(0, WRITERS).<Future<?>>mapToObj(w -> officers.submit(() -> {
            for (int n = 0; writing.get(); n++) {
                try {
                    write(unit, prefix + w + "-" + n, n);
                    written.incrementAndGet();
                } catch (RuntimeException e) {
                    refused.add(e);
                }
            }
        })).toList();
        while (written.get() < 20) {
            Thread.sleep(10);
        }

        int before = ours(jdbc, prefix);
        Backup backup = backups.make(BackupTrigger.USER);
        int after = ours(jdbc, prefix);
        Thread.sleep(100);
        writing.set(false);
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }
        officers.shutdown();

        assertThat(refused).as("writers refused or failed during the backup").isEmpty();
        assertThat(after).as("households written while the backup ran").isGreaterThan(before);
        restored = new RestoredDatabase(context).restore(backups.folder().resolve(backup.name()));
        JdbcClient copy = restored.jdbc();
        int restoredHouseholds = ours(copy, prefix);
        assertThat(restoredHouseholds).isBetween(before, after);
        assertThat(copy.sql("""
                select count(*) from household h where h.code like :prefix and (
                  (select count(*) from household_member m where m.household_id = h.id) <> 2
                  or (select count(*) from household_status s where s.household_id = h.id and s.status_year = :year) <> 1)""")
                .param("prefix", prefix + "%").param("year", YEAR).query(Long.class).single())
                .as("households restored without their members or status").isZero();
        for (String measure : List.of("HOUSEHOLDS", "POOR", "NEAR_POOR")) {
            assertThat(kept(copy, unit, measure)).as("kept count %s against the statuses restored", measure)
                    .isEqualTo(counted(copy, unit, measure));
        }
    }

    private void write(long unit, String code, int n) {
        Household draft = new Household(null, unit, code, "Thôn Cam Lộ", "Trần Văn Bền", null,
                "Kinh", null, Area.RURAL, List.of(
                        new Member("Trần Văn Bền", Sex.M, LocalDate.of(1975, 3, 4), "Chủ hộ", null, false, true, null, null),
                        new Member("Lê Thị Nga", Sex.F, LocalDate.of(1978, 6, 7), "Vợ", null, false, true, null, null)));
        HouseholdStatus status = n % 2 == 0
                ? new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CAN_EXIT, null, null)
                : new HouseholdStatus(YEAR, Classification.NEAR_POOR, null, null, null);
        registry.registerWithStatus(draft, status, AccessScope.everything());
    }

    private static int ours(JdbcClient db, String prefix) {
        return db.sql("select count(*) from household where code like :prefix").param("prefix", prefix + "%")
                .query(Integer.class).single();
    }

    private static long kept(JdbcClient db, long unit, String measure) {
        return db.sql("select coalesce(sum(amount), 0) from registry_count where unit_id = :unit and count_year = :year "
                + "and measure = :measure and organisation_id = 0").param("unit", unit).param("year", YEAR)
                .param("measure", measure).query(Long.class).single();
    }

    private static long counted(JdbcClient db, long unit, String measure) {
        String which = "HOUSEHOLDS".equals(measure) ? "" : " and s.classification = '" + measure + "'";
        return db.sql("select count(*) from household_status s join household h on h.id = s.household_id "
                + "where h.unit_id = :unit and s.status_year = :year" + which).param("unit", unit).param("year", YEAR)
                .query(Long.class).single();
    }
}
