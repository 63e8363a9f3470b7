package vn.ansinh.apportionment.internal;

import java.math.BigDecimal;
import java.util.Optional;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.apportionment.ApportionmentException;
import vn.ansinh.apportionment.ProgrammeTables;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;

/**
 * Splitting a target column among the rows of its table — the coordinating unit's target among its
 * communes — by a column of this year's or last year's tables, or equally.
 */
public final class CommuneParts {

    private CommuneParts() {
    }

    /** The table of the target column; every row must be visible, or the split would be among some communes only. */
    public static ComputedTable targetTable(ProgrammeTables tables, String targetKey) {
        ColumnRef target = ColumnRef.parse(targetKey);
        ComputedTable table = tables.table(target.table(), false).filter(t -> !target.previousYear())
                .filter(t -> t.column(target.column()).filter(ChoiceFinder::unitTarget).isPresent())
                .orElseThrow(() -> new ApportionmentException("apportionment.column.unknown", targetKey));
        if (!table.complete()) {
            throw new ApportionmentException("apportionment.rows.hidden", table.definition().shortTitle());
        }
        return table;
    }

    public static PlannedParts of(ProgrammeTables tables, String targetKey, String baseKey) {
        ComputedTable table = targetTable(tables, targetKey);
        ComputedColumn target = table.column(ColumnRef.parse(targetKey).column()).orElseThrow();
        Base base = base(tables, baseKey);
        PlannedParts parts = new PlannedParts();
        for (ComputedRow row : table.rows()) {
            parts.add(row.label(), base.of(row),
                    new FigureKey(target.column().indicatorId(), row.unitId(), null));
        }
        return parts;
    }

    /** The target column's total as it stands, to offer as the whole. */
    public static Optional<Fraction> currentTotal(ProgrammeTables tables, String targetKey) {
        ComputedTable table = targetTable(tables, targetKey);
        return Optional.ofNullable(table.total().value(ColumnRef.parse(targetKey).column()));
    }

    private static Base base(ProgrammeTables tables, String baseKey) {
        if (ColumnRef.EQUAL.equals(baseKey)) {
            return row -> BigDecimal.ZERO;
        }
        ColumnRef ref = ColumnRef.parse(baseKey);
        ComputedTable table = tables.table(ref.table(), ref.previousYear())
                .filter(t -> t.column(ref.column()).filter(ChoiceFinder::base).isPresent())
                .orElseThrow(() -> new ApportionmentException("apportionment.column.unknown", baseKey));
        ComputedColumn column = table.column(ref.column()).orElseThrow();
        return row -> {
            Fraction value = table.rowOfUnit(row.unitId()).map(r -> r.value(column.code())).orElse(null);
            if (value == null) {
                throw new ApportionmentException("apportionment.base.missing", row.label());
            }
            return column.shown(value);
        };
    }

    private interface Base {
        BigDecimal of(ComputedRow row);
    }
}
