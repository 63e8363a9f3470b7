package vn.ansinh.labour;

import java.util.List;

/** Something wrong in a labour record list: sheet (null for CSV), row as the file counts, column as headed. */
public record LabourListProblem(String sheet, int row, String column, String code, List<Object> arguments) {

    public LabourListProblem {
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }
}
