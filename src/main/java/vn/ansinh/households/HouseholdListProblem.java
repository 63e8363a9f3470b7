package vn.ansinh.households;

import java.util.List;

/**
 * Something about an imported household list: its sheet (null for CSV), row (as the file counts; 0 for
 * the whole file), column and message.
 */
public record HouseholdListProblem(String sheet, int row, String column, String code, List<Object> arguments) {

    public HouseholdListProblem {
        arguments = List.copyOf(arguments);
    }
}
