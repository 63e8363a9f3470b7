package vn.ansinh.datacopy.internal;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes a table's rows in batches, so a province's registry never sits in memory whole. */
public final class Rows {

    private static final int BATCH = 500;
    private static final int FETCH = 1000;

    private Rows() {
    }

    /** Copies the table and returns how many rows went across; self-references are set once all rows are in. */
    public static long copy(Connection from, Connection to, Table table) throws SQLException {
        List<Object[]> links = new ArrayList<>();
        long count = 0;
        try (PreparedStatement read = from.prepareStatement(table.select());
                PreparedStatement write = to.prepareStatement(table.insert())) {
            read.setFetchSize(FETCH);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Object[] row = row(rows, table.columns().size());
                    for (int c = 0; c < row.length; c++) {
                        boolean later = table.selfReferences().contains(table.columns().get(c)) && row[c] != null;
                        if (later) {
                            links.add(link(table, row, c));
                        }
                        write.setObject(c + 1, later ? null : row[c]);
                    }
                    write.addBatch();
                    if (++count % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        linkRows(to, table, links);
        return count;
    }

    /** The table's row count and digest, read in key order. */
    public static Object[] summary(Connection connection, Table table) throws SQLException {
        RowDigest digest = new RowDigest();
        long count = 0;
        try (PreparedStatement read = connection.prepareStatement(table.select())) {
            read.setFetchSize(FETCH);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    digest.add(row(rows, table.columns().size()));
                    count++;
                }
            }
        }
        return new Object[] {count, digest.hex()};
    }

    private static Object[] row(ResultSet rows, int width) throws SQLException {
        Object[] row = new Object[width];
        for (int c = 0; c < width; c++) {
            Object value = rows.getObject(c + 1);
            row[c] = value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value;
        }
        return row;
    }

    /** The column, its value, then the key values of the row. */
    private static Object[] link(Table table, Object[] row, int column) {
        Object[] link = new Object[table.key().size() + 2];
        link[0] = table.columns().get(column);
        link[1] = row[column];
        for (int k = 0; k < table.key().size(); k++) {
            link[k + 2] = row[table.columns().indexOf(table.key().get(k))];
        }
        return link;
    }

    private static void linkRows(Connection to, Table table, List<Object[]> links) throws SQLException {
        for (Object[] link : links) {
            try (PreparedStatement update = to.prepareStatement(table.link((String) link[0]))) {
                for (int i = 1; i < link.length; i++) {
                    update.setObject(i, link[i]);
                }
                update.executeUpdate();
            }
        }
    }
}
