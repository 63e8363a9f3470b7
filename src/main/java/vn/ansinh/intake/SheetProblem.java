package vn.ansinh.intake;

import java.util.List;

/**
 * Something about a workbook worth saying, and where: the sheet, the row as Excel numbers it (from
 * 1; 0 when not about one row), the column letter ("C"; empty when not about one column) and the
 * field — the table column it was read as ("1 · Trong độ tuổi"), empty when none. code and
 * arguments name the message.
 */
public record SheetProblem(String sheet, int row, String column, String field, String code, List<Object> arguments) {

    public SheetProblem {
        arguments = List.copyOf(arguments);
    }

    public static SheetProblem ofWorkbook(String code, Object... arguments) {
        return new SheetProblem("", 0, "", "", code, List.of(arguments));
    }
}
