package vn.ansinh.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.backups.internal.RestoreBeforeMigration;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;

/**
 * Started with --ansinh.backup.restore on a database that already holds data, ansinh refuses before Flyway runs:
 * the start fails with a message saying why and what to do, and nothing is changed.
 */
@IntegrationTest
class RestoreRefusalTest {

    @Autowired
    Backups backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestoreIntoADatabaseHoldingDataFailsTheStartAndChangesNothing() {
        Backup backup = backups.make(BackupTrigger.USER);
        Path file = backups.folder().resolve(backup.name());
        RowCounts before = RowCounts.of(jdbc);
        Flyway flyway = Flyway.configure().dataSource(dataSource).load();

        assertThatThrownBy(() -> new RestoreBeforeMigration(BackupRoundTripTest.properties(file)).migrate(flyway))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to restore " + file)
                .hasMessageContaining("the database already holds data")
                .hasMessageContaining("Move the data folder (./data) aside");

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    @Test
    void aRestoreOfAFileThatIsNotThereSaysWhichPathItLookedAt() {
        Path missing = backups.folder().resolve("ansinh-20000101-000000.zip");
        Flyway flyway = Flyway.configure().dataSource(dataSource).load();

        assertThatThrownBy(() -> new RestoreBeforeMigration(BackupRoundTripTest.properties(missing)).migrate(flyway))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no backup file at " + missing.toAbsolutePath());
    }

    @Test
    void withoutTheOptionTheHookOnlyMigrates() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:missing").load();

        new RestoreBeforeMigration(BackupRoundTripTest.properties(null)).migrate(flyway);

        assertThat(flyway.info().pending()).isEmpty();
    }
}
