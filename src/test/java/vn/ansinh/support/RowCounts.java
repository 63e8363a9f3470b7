package vn.ansinh.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The number of rows in every table of the application's schema, to show that an import
 * wrote nothing: take one before, one after, and compare.
 */
public record RowCounts(Map<String, Long> rows) {

    /**
     * Tables an import writes; the snapshot must see them all, or it would prove nothing. A new
     * programme's reporting periods are made when it is imported, so they count as written by it.
     */
    public static final List<String> WRITTEN_BY_IMPORT = List.of("administrative_unit", "partner_organisation",
            "indicator", "baseline", "target", "programme", "programme_section", "programme_item", "programme_recipient",
            "programme_signatory", "annex_table", "annex_header_cell", "annex_column", "annex_row", "printed_figure",
            "annex_check", "annex_note", "stated_figure", "reporting_period", "commitment");

    public static RowCounts of(JdbcClient jdbc) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("""
                select lower(table_name) from information_schema.tables
                where lower(table_schema) = 'public' and table_type = 'BASE TABLE'
                and lower(table_name) <> 'flyway_schema_history'""")
                .query(String.class).list()
                .forEach(table -> rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        assertThat(rows).containsKeys(WRITTEN_BY_IMPORT.toArray(String[]::new));
        return new RowCounts(rows);
    }

    public long of(String table) {
        return rows.get(table);
    }

    /** The rows each table gained (or lost) since before, for the tables whose count changed; every table is still there. */
    public Map<String, Long> changesSince(RowCounts before) {
        assertThat(rows.keySet()).as("the tables").isEqualTo(before.rows.keySet());
        Map<String, Long> changes = new TreeMap<>();
        rows.forEach((table, count) -> {
            if (count != before.of(table)) {
                changes.put(table, count - before.of(table));
            }
        });
        return changes;
    }
}
