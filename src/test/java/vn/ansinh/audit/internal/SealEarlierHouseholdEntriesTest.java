package vn.ansinh.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.ansinh.support.EmbeddedPostgresInitializer;

/**
 * V54 on a log written before audit values were sealed: a household's registration and correction are sealed
 * with its key and read as written; those of a household anonymised before the upgrade read as erased at once;
 * an entry that holds no household (a status, another kind of record) is left as it was.
 */
class SealEarlierHouseholdEntriesTest {

    private static final String KEPT = "{\"id\":1,\"code\":\"H-1\",\"headName\":\"Hồ Văn Sơn\",\"members\":[{\"citizenId\":\"045060001234\"}]}";
    private static final String ERASED = "{\"id\":2,\"code\":\"H-2\",\"headName\":\"Lê Thị Mai\",\"members\":[]}";
    private static final String STATUS = "{\"year\":2019,\"classification\":\"POOR\"}";

    @Test
    void onH2() {
        migrate(new DriverManagerDataSource(
                "jdbc:h2:mem:seal_earlier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void onPostgres() {
        migrate(new DriverManagerDataSource(EmbeddedPostgresInitializer.freshDatabase(), "postgres", ""));
    }

    private static void migrate(DataSource database) {
        flyway(database, "53").migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("insert into administrative_unit (kind, code, name) values ('COMMUNE', 'X', 'Xã X')").update();
        long unit = jdbc.sql("select id from administrative_unit").query(Long.class).single();
        household(jdbc, 1, unit, null);
        household(jdbc, 2, unit, LocalDate.of(2026, 1, 5));
        long created = entry(jdbc, "CREATE", "household", "1", null, KEPT);
        long corrected = entry(jdbc, "UPDATE", "household", "1", KEPT, KEPT.replace("Hồ Văn Sơn", "Hồ Văn Sơn Hai"));
        long anonymised = entry(jdbc, "CREATE", "household", "2", null, ERASED);
        long status = entry(jdbc, "UPDATE", "household", "1", null, STATUS);
        long other = entry(jdbc, "UPDATE", "user_account", "1", null, KEPT);

        flyway(database, "54").migrate();

        assertThat(stored(jdbc, created)).startsWith("sealed:household:1:").doesNotContain("Hồ Văn Sơn", "045060001234");
        assertThat(stored(jdbc, anonymised)).startsWith("sealed:household:2:").doesNotContain("Lê Thị Mai");
        assertThat(stored(jdbc, status)).isEqualTo(STATUS);
        assertThat(stored(jdbc, other)).isEqualTo(KEPT);
        byte[] key = Base64.getDecoder().decode(jdbc.sql("select secret from audit_subject_key where subject = 'household:1'")
                .query(String.class).single());
        assertThat(SealedValue.open(key, stored(jdbc, created))).isEqualTo(KEPT);
        assertThat(SealedValue.open(key, stored(jdbc, corrected))).contains("Hồ Văn Sơn Hai");
        assertThat(SealedValue.open(key, jdbc.sql("select old_value from audit_event where id = ?").param(corrected)
                .query(String.class).single())).isEqualTo(KEPT);
        assertThat(jdbc.sql("select count(*) from audit_subject_key where subject = 'household:2'").query(Long.class)
                .single()).as("no key kept for a household anonymised before").isZero();
    }

    private static Flyway flyway(DataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new SealEarlierHouseholdEntries()).target(target).load();
    }

    private static void household(JdbcClient jdbc, long id, long unit, LocalDate anonymisedOn) {
        jdbc.sql("insert into household (id, unit_id, code, head_name, area, anonymised_on) values (?, ?, ?, 'x', 'RURAL', ?)")
                .params(id, unit, "H-" + id, anonymisedOn).update();
    }

    private static long entry(JdbcClient jdbc, String action, String type, String entityId, String before, String after) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id, old_value, new_value)
                values (?, 'canbo', ?, ?, ?, ?, ?)""").params(LocalDateTime.of(2025, 3, 4, 5, 6), action, type, entityId,
                before, after).update();
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    /** The entry's value after the change, as stored. */
    private static String stored(JdbcClient jdbc, long id) {
        return jdbc.sql("select new_value from audit_event where id = ?").param(id).query(String.class).single();
    }
}
