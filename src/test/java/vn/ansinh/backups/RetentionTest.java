package vn.ansinh.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ansinh.backups.internal.BackupFolder;
import vn.ansinh.backups.internal.Retention;

/** The keeping rules on names across days and months, today being 7 December 2026 at 02:00 office time. */
class RetentionTest {

    private static final Instant NOW = BackupFolder.madeAt("ansinh-20261207-020000.zip").orElseThrow();

    @Test
    void theNewestOfEachOfTheLastDaysAndMonthsIsKeptTheRestDeleted() {
        List<Backup> backups = backups("20261207-020000", "20261206-020000", "20261206-150000", "20261205-020000",
                "20261201-020000", "20261130-020000", "20261130-230000", "20261115-020000", "20261031-020000",
                "20261001-020000", "20251231-020000", "20251130-020000");

        List<String> deleted = names(new Retention(3, 3).toDelete(backups, NOW));

        // Days kept: 7, 6 (15:00, its newest), 5 December. Months kept: December (the 7th), November (the 30th,
        // 23:00), October (the 31st). December 2025 and older lie beyond the three months.
        assertThat(deleted).containsExactly("ansinh-20261206-020000.zip", "ansinh-20261201-020000.zip",
                "ansinh-20261130-020000.zip", "ansinh-20261115-020000.zip", "ansinh-20261001-020000.zip",
                "ansinh-20251231-020000.zip", "ansinh-20251130-020000.zip");
    }

    @Test
    void theDefaultsKeepAWeekOfDaysAndAYearOfMonths() {
        List<Backup> backups = backups("20261207-020000", "20261201-020000", "20261130-020000", "20261129-020000",
                "20260131-020000", "20260101-020000", "20251231-020000");

        List<String> deleted = names(new Retention(7, 12).toDelete(backups, NOW));

        assertThat(deleted).containsExactly("ansinh-20261129-020000.zip", "ansinh-20260101-020000.zip",
                "ansinh-20251231-020000.zip");
    }

    @Test
    void theNewestBackupAndOnesDatedAfterTodayAreNeverDeleted() {
        List<Backup> backups = backups("20270105-020000", "20240310-020000", "20240309-020000");

        List<String> deleted = names(new Retention(7, 12).toDelete(backups, NOW));

        // The one dated after today (a clock set back) is kept; the two of 2024 lie outside every window.
        assertThat(deleted).containsExactly("ansinh-20240310-020000.zip", "ansinh-20240309-020000.zip");
    }

    @Test
    void anOldBackupAloneIsKept() {
        List<Backup> backups = backups("20200101-020000");

        assertThat(new Retention(7, 12).toDelete(backups, NOW)).isEmpty();
    }

    private static List<Backup> backups(String... stamps) {
        return Arrays.stream(stamps).map(stamp -> "ansinh-" + stamp + ".zip")
                .map(name -> new Backup(name, 1000, BackupFolder.madeAt(name).orElseThrow())).toList();
    }

    private static List<String> names(List<Backup> backups) {
        return backups.stream().map(Backup::name).toList();
    }
}
