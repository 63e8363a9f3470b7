package vn.ansinh.households.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.NumberedJavaMigration;

/**
 * Migration 45: folds the names stored before V44 with the same {@link NameFolding} every write uses (SQL
 * alone could not fold decomposed accents alike on H2 and PostgreSQL). Flyway runs it once, after V44.
 */
@Component
class FillSearchNames extends NumberedJavaMigration {

    private static final int BATCH = 1000;

    FillSearchNames() {
        super(45, "fill household search names");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fill(connection, "household", "head_name");
        fill(connection, "household_member", "full_name");
    }

    private static void fill(Connection connection, String table, String column) throws SQLException {
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select id, " + column + " from " + table);
                PreparedStatement write = connection.prepareStatement(
                        "update " + table + " set search_name = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, NameFolding.fold(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }
}
