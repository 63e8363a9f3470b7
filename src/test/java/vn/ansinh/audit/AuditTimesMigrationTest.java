package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.ansinh.shared.OfficeTime;
import vn.ansinh.support.EmbeddedPostgresInitializer;

/**
 * V47 on a log written by three releases: the old one stamped UTC, the one of V38 office time. After
 * it every entry is UTC, and each reads in office time as the moment it happened: the old one as the
 * office time of its UTC stamp, the office-time one as it was shown before.
 */
class AuditTimesMigrationTest {

    @Test
    void onH2() {
        migrate(new DriverManagerDataSource(
                "jdbc:h2:mem:audit_times;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void onPostgres() {
        migrate(new DriverManagerDataSource(EmbeddedPostgresInitializer.freshDatabase(), "postgres", ""));
    }

    private static void migrate(DataSource database) {
        flyway(database, "38").migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        LocalDateTime released = jdbc.sql("select installed_on from flyway_schema_history where version = '38'")
                .query(LocalDateTime.class).single();
        LocalDateTime oldUtc = released.minusHours(3);
        LocalDateTime officeTime = released.plusMinutes(2).plusHours(7);
        insert(jdbc, "old", oldUtc);
        insert(jdbc, "office", officeTime);

        flyway(database, "47").migrate();

        assertThat(stored(jdbc, "old")).isEqualTo(oldUtc);
        assertThat(stored(jdbc, "office")).isEqualTo(released.plusMinutes(2));
        assertThat(new OfficeTime().format(stored(jdbc, "office").toInstant(ZoneOffset.UTC)))
                .as("an office-time entry reads as before").isEqualTo(officeTime.format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")));
    }

    private static Flyway flyway(DataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load();
    }

    private static void insert(JdbcClient jdbc, String actor, LocalDateTime at) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, entity_type) values (?, ?, 'UPDATE', 'thu')")
                .params(at, actor).update();
    }

    private static LocalDateTime stored(JdbcClient jdbc, String actor) {
        return jdbc.sql("select occurred_at from audit_event where actor = ?").param(actor)
                .query(LocalDateTime.class).single();
    }
}
