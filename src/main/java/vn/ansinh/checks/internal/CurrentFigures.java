package vn.ansinh.checks.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.StatedFigure;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * What a stated figure states, as computed now and written as Vietnamese text writes figures
 * ("1.296", "1.200", "0,56", "9/9"). Empty where the user cannot compute it: a cell the tables
 * do not show them (a row, a column, or a total over rows they cannot all see), or a figure of the
 * coordinating unit when they get no facts about it.
 */
public final class CurrentFigures {

    private CurrentFigures() {
    }

    public static Optional<String> of(StatedFigure figure, Map<String, ComputedTable> tables, Optional<CheckFacts> facts) {
        Optional<String> current = switch (figure.kind()) {
            case CELL -> cell(figure, tables.get(figure.tableCode()));
            case PLAN -> facts.flatMap(f -> f.plan(figure.indicatorId())).map(VietnameseNumbers::formatAmount);
            case UNIT_COUNT -> facts.flatMap(f -> unitCount(figure, f));
        };
        return current.map(text -> keepLeadingZeros(figure.printed(), text));
    }

    private static Optional<String> cell(StatedFigure figure, ComputedTable table) {
        if (table == null) {
            return Optional.empty();
        }
        Optional<ComputedColumn> column = table.column(figure.columnCode());
        Optional<ComputedRow> row = StatedFigureFindings.row(figure, table);
        if (column.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        Fraction value = row.get().value(column.get().code());
        return value == null ? Optional.empty() : Optional.of(column.get().format(value));
    }

    /** "k/n": the recorded target k and the coordinating unit's member units n. */
    private static Optional<String> unitCount(StatedFigure figure, CheckFacts facts) {
        Optional<BigDecimal> target = facts.target(figure.indicatorId());
        return target.map(k -> VietnameseNumbers.formatAmount(k) + "/" + facts.memberUnits());
    }

    /** A list printed "05 hộ" stays two digits wide: "5" is written "05". */
    static String keepLeadingZeros(String printed, String current) {
        String trimmed = printed.strip();
        if (!trimmed.matches("0\\d+") || !current.matches("\\d+") || current.length() >= trimmed.length()) {
            return current;
        }
        return "0".repeat(trimmed.length() - current.length()) + current;
    }
}
