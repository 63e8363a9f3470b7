package vn.ansinh.backups;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table of a database (Flyway's history included) as its row count and a SHA-256 of all its rows: each
 * row as the text of every column in order, the rows sorted, so two databases holding the same rows in any
 * physical order give the same figures, and a single different value in any row gives another hash.
 */
record TableContents(Map<String, Contents> tables) {

    record Contents(long rows, String sha256) {
    }

    static TableContents of(JdbcClient jdbc) {
        Map<String, Contents> tables = new TreeMap<>();
        jdbc.sql("""
                select table_name from information_schema.tables
                where lower(table_schema) = 'public' and table_type = 'BASE TABLE'""")
                .query(String.class).list()
                .forEach(table -> tables.put(table, contents(jdbc, table)));
        return new TableContents(tables);
    }

    long rows(String table) {
        return tables.get(table).rows();
    }

    private static Contents contents(JdbcClient jdbc, String table) {
        List<String> rows = jdbc.sql("select * from \"" + table + "\"").query((rs, n) -> row(rs)).list();
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        MessageDigest digest = sha256();
        sorted.forEach(row -> digest.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
        return new Contents(rows.size(), HexFormat.of().formatHex(digest.digest()));
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            String value = rs.getString(column);
            row.append(meta.getColumnName(column)).append('=').append(value == null ? "∅" : value).append('\u0001');
        }
        return row.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
