package vn.ansinh.datacopy.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * ansinh's tables as the target database has them after its migrations, in an order that inserts every
 * referenced row before the rows that reference it. Flyway's history is the target's own.
 */
public final class Schema {

    private static final String HISTORY = "flyway_schema_history";

    private Schema() {
    }

    public static List<Table> of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!HISTORY.equals(name)) {
                    tables.put(name, table(meta, name));
                }
            }
        }
        return ordered(tables);
    }

    private static Table table(DatabaseMetaData meta, String name) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, "public", name, "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, "public", name)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        Set<String> parents = new LinkedHashSet<>();
        Set<String> selfReferences = new LinkedHashSet<>();
        try (ResultSet rows = meta.getImportedKeys(null, "public", name)) {
            while (rows.next()) {
                String parent = rows.getString("PKTABLE_NAME");
                if (parent.equals(name)) {
                    selfReferences.add(rows.getString("FKCOLUMN_NAME"));
                } else {
                    parents.add(parent);
                }
            }
        }
        return new Table(name, columns, List.copyOf(key.values()), parents, selfReferences);
    }

    private static List<Table> ordered(Map<String, Table> tables) {
        List<Table> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Map<String, Table> left = new LinkedHashMap<>(tables);
        while (!left.isEmpty()) {
            Table next = left.values().stream().filter(t -> placed.containsAll(t.parents())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Tables reference each other in a circle: " + left.keySet()));
            order.add(next);
            placed.add(next.name());
            left.remove(next.name());
        }
        return order;
    }
}
