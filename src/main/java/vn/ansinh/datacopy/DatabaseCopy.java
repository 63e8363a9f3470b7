package vn.ansinh.datacopy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.ansinh.datacopy.internal.Rows;
import vn.ansinh.datacopy.internal.Schema;
import vn.ansinh.datacopy.internal.Table;

/**
 * Copies everything this ansinh holds into an empty PostgreSQL database: the target is migrated to this
 * release's schema, every table is copied in one transaction, and the transaction is committed only when
 * every table has the same rows on both sides (count and digest). Anything else leaves the target empty.
 */
@Service
public class DatabaseCopy {

    private final DataSource source;
    private final List<JavaMigration> javaMigrations;
    private final String[] locations;

    DatabaseCopy(DataSource source, List<JavaMigration> javaMigrations,
            @Value("${spring.flyway.locations:classpath:db/migration}") String[] locations) {
        this.source = source;
        this.javaMigrations = javaMigrations;
        this.locations = locations;
    }

    public List<TableCopy> copyTo(DataSource target) {
        refuseUnlessEmpty(target);
        migrate(target);
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            from.setAutoCommit(false);
            from.setReadOnly(true);
            to.setAutoCommit(false);
            List<TableCopy> copied = copy(from, to, Schema.of(to));
            if (copied.stream().allMatch(TableCopy::matches)) {
                to.commit();
            } else {
                to.rollback();
            }
            from.rollback();
            return copied;
        } catch (SQLException e) {
            throw new CopyRefusedException("The copy stopped and nothing was kept: " + e.getMessage(), e);
        }
    }

    private List<TableCopy> copy(Connection from, Connection to, List<Table> tables) throws SQLException {
        // The migrations write reference rows (standards, rules); the source's, edited or not, replace them.
        List<Table> dependentsFirst = new ArrayList<>(tables);
        Collections.reverse(dependentsFirst);
        for (Table table : dependentsFirst) {
            try (PreparedStatement delete = to.prepareStatement("delete from " + table.name())) {
                delete.executeUpdate();
            }
        }
        for (Table table : tables) {
            Rows.copy(from, to, table);
        }
        restartIdentities(to, tables);
        List<TableCopy> copied = new ArrayList<>();
        for (Table table : tables) {
            Object[] before = Rows.summary(from, table);
            Object[] after = Rows.summary(to, table);
            copied.add(new TableCopy(table.name(), (long) before[0], (long) after[0], before[1].equals(after[1])));
        }
        return copied;
    }

    private void migrate(DataSource target) {
        try {
            Flyway.configure().dataSource(target).locations(locations)
                    .javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load().migrate();
        } catch (FlywayException e) {
            throw new CopyRefusedException("The target database could not be given ansinh's tables: " + e.getMessage(), e);
        }
    }

    /** New rows made on PostgreSQL later must not take an id a copied row holds. */
    private static void restartIdentities(Connection to, List<Table> tables) throws SQLException {
        for (Table table : tables) {
            for (String column : table.key()) {
                try (PreparedStatement sequence = to.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
                    sequence.setString(1, table.name());
                    sequence.setString(2, column);
                    try (ResultSet name = sequence.executeQuery()) {
                        if (name.next() && name.getString(1) != null) {
                            restart(to, name.getString(1), table, column);
                        }
                    }
                }
            }
        }
    }

    private static void restart(Connection to, String sequence, Table table, String column) throws SQLException {
        try (PreparedStatement restart = to.prepareStatement("select setval(?, coalesce((select max(" + column + ") from "
                + table.name() + "), 0) + 1, false)")) {
            restart.setString(1, sequence);
            restart.execute();
        }
    }

    private static void refuseUnlessEmpty(DataSource target) {
        try (Connection to = target.getConnection();
                ResultSet tables = to.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            if (!"PostgreSQL".equals(to.getMetaData().getDatabaseProductName())) {
                throw new CopyRefusedException("The target must be a PostgreSQL database, not "
                        + to.getMetaData().getDatabaseProductName() + ".");
            }
            while (tables.next()) {
                if (!"information_schema".equalsIgnoreCase(tables.getString("TABLE_SCHEM"))
                        && !tables.getString("TABLE_SCHEM").startsWith("pg_")) {
                    throw new CopyRefusedException("The target database is not empty: it holds the table "
                            + tables.getString("TABLE_NAME") + ". Give the copy a new, empty database.");
                }
            }
        } catch (SQLException e) {
            throw new CopyRefusedException("The target database cannot be reached: " + e.getMessage(), e);
        }
    }
}
