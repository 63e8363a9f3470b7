package vn.ansinh.shared;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The database's own limits of a column — the length of a text, the largest number — read from the schema
 * itself (the migrations are the one place they are written), so an import's dry run refuses what the write
 * would fail on, on H2 and PostgreSQL alike.
 */
@Component
public class ColumnLimits {

    /** size: characters of a text, digits of a number; scale: a number's decimals. */
    private record Limit(int size, int scale) {
    }

    private final DataSource dataSource;
    private final Map<String, Limit> limits = new ConcurrentHashMap<>();

    ColumnLimits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The most characters the column holds. */
    public int length(String table, String column) {
        return limit(table, column).size();
    }

    /** The most characters the column ("table.column") holds. */
    public int length(String tableColumn) {
        int dot = tableColumn.indexOf('.');
        return length(tableColumn.substring(0, dot), tableColumn.substring(dot + 1));
    }

    /** The largest whole part a number of the column may have, plus one: 10^14 for numeric(18, 4). */
    public BigDecimal numberBound(String table, String column) {
        Limit limit = limit(table, column);
        return BigDecimal.TEN.pow(limit.size() - limit.scale());
    }

    private Limit limit(String table, String column) {
        return limits.computeIfAbsent(table + "." + column, key -> read(table, column));
    }

    private Limit read(String table, String column) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String[] name : new String[][] {{table, column}, {table.toUpperCase(Locale.ROOT), column.toUpperCase(Locale.ROOT)}}) {
                try (ResultSet columns = meta.getColumns(null, null, name[0], name[1])) {
                    if (columns.next()) {
                        return new Limit(columns.getInt("COLUMN_SIZE"), columns.getInt("DECIMAL_DIGITS"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the schema cannot be read", e);
        }
        throw new IllegalStateException("no column " + table + "." + column);
    }
}
