package vn.ansinh.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import vn.ansinh.shared.OfficeTime;

/**
 * The service on a small H2 database, a folder of its own and a fixed clock (7 December 2026, 02:00 office
 * time): the backup is named after the clock, the keeping rules delete the right files and each deletion is
 * published as an audited change; files not named as backups are left alone.
 */
class BackupsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T19:00:00Z");

    @TempDir
    Path folder;

    JdbcDataSource database;
    final List<Object> events = new ArrayList<>();

    @BeforeEach
    void database() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:backups-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcClient.create(database).sql("create table note (id int primary key, text varchar(50))").update();
        JdbcClient.create(database).sql("insert into note values (1, 'Sổ hộ nghèo Cam An')").update();
    }

    @AfterEach
    void shutdown() {
        JdbcClient.create(database).sql("SHUTDOWN").update();
    }

    @Test
    void theDailyBackupIsNamedByTheOfficeTimeAndTheKeepingRulesDeleteOnlyOldBackups() throws IOException {
        for (String stamp : List.of("20261206-020000", "20261205-020000", "20261204-020000", "20261130-020000",
                "20261129-020000", "20261031-020000", "20260930-020000")) {
            Files.writeString(folder.resolve("ansinh-" + stamp + ".zip"), "old");
        }
        Files.writeString(folder.resolve("ghi-chu.txt"), "the office's own file");

        Backup made = backups(2, 3).make(BackupTrigger.SCHEDULE);

        assertThat(made.name()).isEqualTo("ansinh-20261207-020000.zip");
        assertThat(made.createdAt()).isEqualTo(NOW);
        assertThat(made.size()).isEqualTo(Files.size(folder.resolve(made.name()))).isPositive();
        assertThat(names(folder)).containsExactlyInAnyOrder("ansinh-20261207-020000.zip", "ansinh-20261206-020000.zip",
                "ansinh-20261130-020000.zip", "ansinh-20261031-020000.zip", "ghi-chu.txt");
        assertThat(events).first().isEqualTo(new BackupMade(made, BackupTrigger.SCHEDULE));
        assertThat(events.subList(1, events.size())).extracting(e -> ((BackupDeleted) e).backup().name())
                .containsExactly("ansinh-20261205-020000.zip", "ansinh-20261204-020000.zip",
                        "ansinh-20261129-020000.zip", "ansinh-20260930-020000.zip");
        assertThat(events).allSatisfy(e -> assertThat(((vn.ansinh.shared.AuditedChange) e).entityType())
                .isEqualTo("backup"));
    }

    @Test
    void theListIsNewestFirstWithSizeAndTimeFromTheName() throws IOException {
        Files.writeString(folder.resolve("ansinh-20261101-020000.zip"), "12345");
        Files.writeString(folder.resolve("ansinh-20261201-020000.zip"), "123");
        Files.writeString(folder.resolve("ansinh-20261202-020000.zip.part"), "cut short");

        assertThat(backups(7, 12).list()).containsExactly(
                new Backup("ansinh-20261201-020000.zip", 3, Instant.parse("2026-11-30T19:00:00Z")),
                new Backup("ansinh-20261101-020000.zip", 5, Instant.parse("2026-10-31T19:00:00Z")));
    }

    @Test
    void aBackupOfTheSameSecondIsRefusedOnceTheClockStaysThere() throws IOException {
        Files.writeString(folder.resolve("ansinh-20261207-020000.zip"), "made a moment ago");

        assertThatThrownBy(() -> backups(7, 12).make(BackupTrigger.USER)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("backups.refused.exists");
        assertThat(Files.readString(folder.resolve("ansinh-20261207-020000.zip"))).isEqualTo("made a moment ago");
        assertThat(events).isEmpty();
    }

    private Backups backups(int keepDays, int keepMonths) {
        BackupProperties properties = new BackupProperties(folder, true, null, keepDays, keepMonths, null);
        return new Backups(properties, database, Clock.fixed(NOW, OfficeTime.ZONE), events::add,
                new DataSourceTransactionManager(database));
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
