package vn.ansinh.backups.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

import vn.ansinh.backups.BackupProperties;

/**
 * Started with --ansinh.backup.restore=&lt;backup zip&gt;: the backup is run into the database before Flyway
 * migrates, so a copy made by an older ansinh is brought up to this one's schema by the migrations it lacks.
 * Only into an empty database (no table at all): one holding data fails the start, and nothing is changed.
 */
public class RestoreBeforeMigration implements FlywayMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreBeforeMigration.class);

    private final Path restore;

    public RestoreBeforeMigration(BackupProperties properties) {
        this.restore = properties.restore();
    }

    @Override
    public void migrate(Flyway flyway) {
        if (restore != null) {
            restoreInto(flyway.getConfiguration().getDataSource(), restore);
        }
        flyway.migrate();
    }

    /** Runs the backup into the database, refusing (with what to do instead) unless it can do so safely. */
    public static void restoreInto(DataSource dataSource, Path backup) {
        DatabaseScripts database = new DatabaseScripts(dataSource);
        if (!database.isH2()) {
            throw new RestoreRefusedException("ansinh.backup.restore works on the embedded H2 database only.",
                    "On PostgreSQL restore with pg_restore (README, «Sao lưu và khôi phục / Backups»), then start "
                            + "without ansinh.backup.restore.");
        }
        if (!Files.isRegularFile(backup)) {
            throw new RestoreRefusedException("Cannot restore: no backup file at " + backup.toAbsolutePath() + ".",
                    "Give the full path of an ansinh-YYYYMMDD-HHmmss.zip.");
        }
        if (!database.isEmpty()) {
            throw new RestoreRefusedException("Refusing to restore " + backup.toAbsolutePath() + ": the database "
                    + "already holds data and a restore would mix two databases.", "Move the data folder (./data) "
                    + "aside, then start again with --ansinh.backup.restore; or start without the option.");
        }
        LOG.info("Restoring the backup {} into the empty database", backup.toAbsolutePath());
        database.runScript(backup.toAbsolutePath());
        LOG.info("Backup {} restored; the migrations of this version run next", backup.getFileName());
    }
}
