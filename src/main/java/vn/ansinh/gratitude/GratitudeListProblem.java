package vn.ansinh.gratitude;

import java.util.List;

/**
 * Something about an imported list of the fund: its sheet (null for CSV), row (as the file counts; 0 for the whole
 * file), column as the file heads it, the field of the entry it is about as the page's form names it (empty for the
 * file or a header), the message key and its arguments.
 */
public record GratitudeListProblem(String sheet, int row, String column, String field, String code,
        List<Object> arguments) {

    public GratitudeListProblem {
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }
}
