package vn.ansinh.intake;

import java.math.BigDecimal;

/**
 * A baseline or target a workbook changes (or, in a dry run, would change): the table and column
 * it was read from, the unit's row, and the value before (null: none yet) and after.
 */
public record FigureChange(String table, String unit, String column, String label, BigDecimal before,
        BigDecimal after) {

    public boolean created() {
        return before == null;
    }
}
