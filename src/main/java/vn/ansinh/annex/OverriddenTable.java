package vn.ansinh.annex;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table computed with some inputs from another source, and each input where that source disagrees
 * with the figure entered (entered null: none was).
 */
public record OverriddenTable(ComputedTable table, List<Difference> differences) {

    public record Difference(long unitId, String unit, String column, String label, BigDecimal entered,
            BigDecimal replaced) {
    }
}
