package vn.ansinh.allowances;

import java.util.List;

/**
 * Something about an imported list of grants: its sheet (null for CSV), row (as the file counts; 0 for the whole
 * file), column as the file heads it, the field of the grant it is about (empty for the file or a header), the
 * message key and its arguments.
 */
public record GrantListProblem(String sheet, int row, String column, String field, String code, List<Object> arguments) {

    public GrantListProblem {
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }
}
