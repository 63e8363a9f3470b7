package vn.ansinh.households.internal.importing;

import java.util.List;

/** Something wrong in a household list: the sheet (none for CSV), the row as the file counts, the column as headed. */
record ListProblem(String sheet, int row, String column, String code, List<Object> arguments) {

    ListProblem {
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }
}
