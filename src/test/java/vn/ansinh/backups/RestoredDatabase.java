package vn.ansinh.backups;

import java.nio.file.Path;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.backups.internal.RestoreBeforeMigration;

/**
 * A fresh, empty in-memory H2 database (the options of ansinh's own) with the migrations ansinh would run on it,
 * for a backup to be restored into as {@code --ansinh.backup.restore} does; shut down with {@link #close}.
 */
final class RestoredDatabase implements AutoCloseable {

    final JdbcDataSource dataSource = new JdbcDataSource();
    final Flyway flyway;

    RestoredDatabase(ApplicationContext context) {
        dataSource.setURL("jdbc:h2:mem:restored-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(context.getBeansOfType(JavaMigration.class).values().toArray(JavaMigration[]::new))
                .load();
    }

    /** Restores the backup and migrates, as at start-up. */
    RestoredDatabase restore(Path backup) {
        new RestoreBeforeMigration(BackupRoundTripTest.properties(backup)).migrate(flyway);
        return this;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        jdbc().sql("SHUTDOWN").update();
    }
}
