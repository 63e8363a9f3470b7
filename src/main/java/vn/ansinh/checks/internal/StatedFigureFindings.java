package vn.ansinh.checks.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.checks.Finding;
import vn.ansinh.checks.FindingRule;
import vn.ansinh.checks.StatedFigure;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;

/** Figures stated in the text against the tables, the recorded plans and the unit count. */
final class StatedFigureFindings {

    private StatedFigureFindings() {
    }

    static List<Finding> of(StatedFigure figure, Map<String, ComputedTable> tables, CheckFacts facts) {
        return switch (figure.kind()) {
            case CELL -> cell(figure, tables.get(figure.tableCode())).stream().toList();
            case PLAN -> plan(figure, facts).stream().toList();
            case UNIT_COUNT -> unitCount(figure, facts);
        };
    }

    /** Nothing when the table does not show the user the stated cell: a row, a column or a total they cannot see. */
    private static Optional<Finding> cell(StatedFigure figure, ComputedTable table) {
        Optional<ComputedRow> shownRow = table == null ? Optional.empty() : row(figure, table);
        Optional<ComputedColumn> shownColumn = table == null ? Optional.empty() : table.column(figure.columnCode());
        if (shownRow.isEmpty() || shownColumn.isEmpty()) {
            return Optional.empty();
        }
        ComputedRow row = shownRow.get();
        ComputedColumn column = shownColumn.get();
        BigDecimal printed = VietnameseNumbers.parse(figure.printed()).orElseThrow();
        Fraction computed = row.value(column.code());
        if (PrintedFigure.agrees(printed, computed, column.rate())) {
            return Optional.empty();
        }
        return Optional.of(finding(figure, printed, column.shown(computed), column.format(computed),
                FindingRule.TEXT_FIGURE, List.of(table.definition().shortTitle(), row.label(), column.column().displayCode())));
    }

    /** The row a cell figure states as the table shows it: the total only when the table has every row. */
    static Optional<ComputedRow> row(StatedFigure figure, ComputedTable table) {
        if (figure.rowUnitId() == null) {
            return table.complete() ? Optional.of(table.total()) : Optional.empty();
        }
        return table.rowOfUnit(figure.rowUnitId());
    }

    private static Optional<Finding> plan(StatedFigure figure, CheckFacts facts) {
        BigDecimal printed = VietnameseNumbers.parse(figure.printed()).orElseThrow();
        Optional<BigDecimal> plan = facts.plan(figure.indicatorId());
        if (plan.isPresent() && plan.get().compareTo(printed) == 0) {
            return Optional.empty();
        }
        return Optional.of(finding(figure, printed, plan.orElse(null), plan.map(VietnameseNumbers::formatAmount).orElse(""),
                FindingRule.PLAN_FIGURE, List.of(facts.indicatorName(figure.indicatorId()))));
    }

    private static List<Finding> unitCount(StatedFigure figure, CheckFacts facts) {
        String[] parts = figure.printed().split("/");
        BigDecimal count = VietnameseNumbers.parse(parts[0]).orElseThrow();
        BigDecimal whole = VietnameseNumbers.parse(parts[1]).orElseThrow();
        String name = facts.indicatorName(figure.indicatorId());
        Optional<BigDecimal> target = facts.target(figure.indicatorId());
        BigDecimal units = BigDecimal.valueOf(facts.memberUnits());
        java.util.ArrayList<Finding> findings = new java.util.ArrayList<>();
        if (target.isEmpty() || target.get().compareTo(count) != 0) {
            findings.add(finding(figure, count, target.orElse(null), target.map(VietnameseNumbers::formatAmount).orElse(""),
                    FindingRule.UNIT_COUNT, List.of(name)));
        }
        if (units.compareTo(whole) != 0) {
            findings.add(finding(figure, whole, units, VietnameseNumbers.formatAmount(units), FindingRule.UNIT_TOTAL,
                    List.of(name)));
        }
        return findings;
    }

    private static Finding finding(StatedFigure figure, BigDecimal printed, BigDecimal computed, String computedText,
            FindingRule rule, List<String> arguments) {
        String table = figure.sourceTable() == null ? Finding.TEXT : figure.sourceTable();
        return new Finding(table, figure.location(), null, figure.printed(), printed, computed, computedText, rule,
                arguments, figure.excerpt());
    }
}
