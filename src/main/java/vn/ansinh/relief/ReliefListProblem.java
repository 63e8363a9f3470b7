package vn.ansinh.relief;

import java.util.List;

/**
 * Something about an imported list of affected households: its sheet (null for CSV), row (as the file counts; 0 for
 * the whole file), column as the file heads it, the field it is about as the page forms name it (empty for the file or
 * a header), the message key and its arguments.
 */
public record ReliefListProblem(String sheet, int row, String column, String field, String code,
        List<Object> arguments) {

    public ReliefListProblem {
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }
}
