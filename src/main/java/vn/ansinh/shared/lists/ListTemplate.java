package vn.ansinh.shared.lists;

import java.util.List;

/**
 * The columns an import reads, as its page lists them and its template («Tải tệp mẫu») gives them:
 * the header to write (in Vietnamese, as the import reads it), whether it is needed, the values it
 * allows (a drop-down list in the template) or, for free text, a message key saying what to write.
 */
public record ListTemplate(String fileName, String sheetName, List<Column> columns) {

    public ListTemplate {
        columns = List.copyOf(columns);
    }

    /** values: the allowed values, empty for free text; note: a message key, or null. */
    public record Column(String header, boolean required, List<String> values, String note) {

        public Column {
            values = List.copyOf(values);
        }

        public static Column text(String header, boolean required, String note) {
            return new Column(header, required, List.of(), note);
        }

        public static Column choice(String header, boolean required, List<String> values) {
            return new Column(header, required, values, null);
        }
    }
}
