package vn.ansinh.households.internal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows into a table: on PostgreSQL with COPY, streamed on the transaction's own
 * connection; elsewhere with JDBC batches. The rows have been checked already; this only writes.
 */
interface RowSink {

    int BATCH = 1000;

    void insert(String table, List<String> columns, Iterable<Object[]> rows);

    static RowSink of(JdbcTemplate jdbc) {
        Boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class));
        return Boolean.TRUE.equals(postgres) ? new Copy(jdbc) : new Batch(jdbc);
    }

    /** JDBC batches of {@link #BATCH} rows. */
    record Batch(JdbcTemplate jdbc) implements RowSink {

        @Override
        public void insert(String table, List<String> columns, Iterable<Object[]> rows) {
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            List<Object[]> batch = new java.util.ArrayList<>(BATCH);
            for (Object[] row : rows) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(sql, batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(sql, batch);
            }
        }
    }

    /** COPY … FROM STDIN in CSV, written as the rows come. */
    record Copy(JdbcTemplate jdbc) implements RowSink {

        @Override
        public void insert(String table, List<String> columns, Iterable<Object[]> rows) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                copy(connection, "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)", rows);
                return null;
            });
        }

        private static void copy(Connection connection, String sql, Iterable<Object[]> rows) throws SQLException {
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            CopyIn copy = copies.copyIn(sql);
            try (Writer out = new CopyWriter(copy)) {
                StringBuilder line = new StringBuilder(256);
                for (Object[] row : rows) {
                    line.setLength(0);
                    CsvCells.append(line, row);
                    out.write(line.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }

    /** A writer into a COPY, in UTF-8, a buffer at a time; closing it ends the COPY. */
    final class CopyWriter extends Writer {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 16);

        CopyWriter(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            buffer.append(chars, offset, length);
            if (buffer.length() >= 1 << 16) {
                flush();
            }
        }

        @Override
        public void write(String text) throws IOException {
            buffer.append(text);
            if (buffer.length() >= 1 << 16) {
                flush();
            }
        }

        @Override
        public void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }
}
