package vn.ansinh.households.internal.importing;

/** A row as a line of PostgreSQL's CSV: null as nothing, text quoted when it must be, booleans as t and f. */
final class CsvCells {

    private CsvCells() {
    }

    static void append(StringBuilder line, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = row[i];
            if (value instanceof Boolean flag) {
                line.append(flag ? 't' : 'f');
            } else if (value instanceof String text) {
                text(line, text);
            } else if (value != null) {
                line.append(value);
            }
        }
        line.append('\n');
    }

    private static void text(StringBuilder line, String text) {
        boolean quote = text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }
}
