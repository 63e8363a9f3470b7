package vn.ansinh.backups.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL of backups, H2's own commands. A backup is SCRIPT TO … COMPRESSION ZIP: the whole database (schema,
 * rows, sequences, Flyway's history) as SQL in a zip, read in one serializable transaction so every table is
 * seen at the same moment while ansinh keeps running; it works on a file and an in-memory database alike (H2's
 * BACKUP TO copies the files of a file database only). A restore is RUNSCRIPT FROM … COMPRESSION ZIP.
 */
public class DatabaseScripts {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public DatabaseScripts(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Whether the database is H2: only H2's files are ansinh's to copy. */
    public boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which database ansinh uses", e);
        }
    }

    /** Writes the whole database, as one consistent snapshot, to this zip file. */
    public void scriptTo(Path file) {
        TransactionTemplate snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        snapshot.setReadOnly(true);
        snapshot.executeWithoutResult(status -> jdbc.execute("SCRIPT TO " + literal(file) + " COMPRESSION ZIP"));
    }

    /** Runs a backup's script into this (empty) database. */
    public void runScript(Path file) {
        jdbc.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION ZIP");
    }

    /** Whether the database holds no table at all: nothing a restore could overwrite. */
    public boolean isEmpty() {
        Long tables = jdbc.queryForObject("""
                select count(*) from information_schema.tables
                where table_type = 'BASE TABLE' and lower(table_schema) not in ('information_schema', 'pg_catalog')""",
                Long.class);
        return tables != null && tables == 0;
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
