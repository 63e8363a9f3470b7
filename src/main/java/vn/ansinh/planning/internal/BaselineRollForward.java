package vn.ansinh.planning.internal;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.programme.Programme;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.TargetValues;

/**
 * Rolls baselines forward as the tables say: a baseline column with "rolls forward from" column X
 * gets, for each row's unit, next year's baseline = this year's computed value of X in that row.
 * A baseline someone already entered for next year stays as it is; an empty value rolls nothing.
 */
@Component
public class BaselineRollForward {

    /** Storage keeps four decimals; a roll-forward of a whole number stays whole. */
    private static final int STORED_SCALE = 4;

    private final AnnexTables tables;
    private final TargetValues values;

    BaselineRollForward(AnnexTables tables, TargetValues values) {
        this.tables = tables;
        this.values = values;
    }

    /** @return the number of baselines written */
    public int roll(Programme from, int toYear) {
        int rolled = 0;
        for (ComputedTable table : tables.allComputed(from.id(), AccessScope.everything())) {
            for (AnnexColumn column : table.definition().columns()) {
                if (column.role() == ColumnRole.BASELINE && column.rollsForwardFrom() != null) {
                    rolled += roll(table, column, toYear);
                }
            }
        }
        return rolled;
    }

    private int roll(ComputedTable table, AnnexColumn column, int toYear) {
        int rolled = 0;
        for (ComputedRow row : table.rows()) {
            Fraction value = row.value(column.rollsForwardFrom());
            FigureKey key = new FigureKey(column.indicatorId(), row.unitId(), column.organisationId());
            if (value != null && values.baseline(key, toYear).isEmpty()) {
                values.recordBaseline(key, toYear, amount(value));
                rolled++;
            }
        }
        return rolled;
    }

    private static BigDecimal amount(Fraction value) {
        return value.isInteger() ? value.round(0) : value.round(STORED_SCALE);
    }
}
