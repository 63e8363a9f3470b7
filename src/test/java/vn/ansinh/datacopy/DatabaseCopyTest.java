package vn.ansinh.datacopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.EmbeddedPostgresInitializer;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;

/** Moving to PostgreSQL: everything the embedded database holds goes across, checked row for row, or nothing does. */
@IntegrationTest
class DatabaseCopyTest {

    @Autowired
    DatabaseCopy copy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<JavaMigration> javaMigrations;
    @Autowired
    UserAccounts accounts;

    @Test
    void everyTableGoesAcrossWithTheSameRows() {
        long camAn = jdbc.sql("select id from administrative_unit where code = 'QT.CL.AN'").query(Long.class).single();
        TestAccounts.ensure(accounts, "copy.caman", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        DataSource target = postgres();

        List<TableCopy> tables = copy.copyTo(target);

        assertThat(tables).allSatisfy(t -> assertThat(t.matches()).as(t.table()).isTrue());
        Map<String, Long> rows = tables.stream().collect(Collectors.toMap(TableCopy::table, TableCopy::targetRows));
        for (String table : List.of("administrative_unit", "programme", "annex_row", "target", "audit_event", "user_account", "role_assignment")) {
            long here = jdbc.sql("select count(*) from " + table).query(Long.class).single();
            assertThat(rows).as(table).containsEntry(table, here);
            assertThat(here).as(table + " has rows to copy").isPositive();
        }
        JdbcClient there = JdbcClient.create(target);
        assertThat(there.sql("select name from administrative_unit where code = 'QT.CL.AN'").query(String.class).single())
                .isEqualTo(jdbc.sql("select name from administrative_unit where code = 'QT.CL.AN'").query(String.class).single());
        long next = there.sql("select nextval(pg_get_serial_sequence('audit_event', 'id'))").query(Long.class).single();
        assertThat(next).as("a new entry on PostgreSQL takes a free id")
                .isGreaterThan(there.sql("select max(id) from audit_event").query(Long.class).single());
        Flyway.configure().dataSource(target).locations("classpath:db/migration")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load().validate();
    }

    @Test
    void aTargetThatHoldsDataIsRefusedAndKeptAsItWas() {
        DataSource target = postgres();
        copy.copyTo(target);
        long units = JdbcClient.create(target).sql("select count(*) from administrative_unit").query(Long.class).single();

        assertThatThrownBy(() -> copy.copyTo(target)).isInstanceOf(CopyRefusedException.class)
                .hasMessageContaining("not empty");
        assertThat(JdbcClient.create(target).sql("select count(*) from administrative_unit").query(Long.class).single())
                .isEqualTo(units);
    }

    @Test
    void onlyPostgresqlIsATarget() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:copy-target;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");

        assertThatThrownBy(() -> copy.copyTo(h2)).isInstanceOf(CopyRefusedException.class).hasMessageContaining("PostgreSQL");
    }

    private static DataSource postgres() {
        return new DriverManagerDataSource(EmbeddedPostgresInitializer.freshDatabase(), "postgres", "");
    }
}
