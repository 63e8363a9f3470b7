package vn.ansinh.intake.internal.sheets;

import java.util.ArrayList;
import java.util.List;

import vn.ansinh.intake.SheetProblem;

/** The errors (any one stops the import) and notices (what was left unread, and why) of a workbook. */
final class Problems {

    private final List<SheetProblem> errors = new ArrayList<>();
    private final List<SheetProblem> notices = new ArrayList<>();

    void error(String sheet, int row, String column, String field, String code, Object... arguments) {
        errors.add(new SheetProblem(sheet, row, column, field, code, List.of(arguments)));
    }

    void notice(String sheet, int row, String column, String field, String code, Object... arguments) {
        notices.add(new SheetProblem(sheet, row, column, field, code, List.of(arguments)));
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<SheetProblem> errors() {
        return List.copyOf(errors);
    }

    List<SheetProblem> notices() {
        return List.copyOf(notices);
    }
}
