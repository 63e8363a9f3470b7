package vn.ansinh.checks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.FormulaText;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.annex.TableCheck;
import vn.ansinh.checks.Finding;
import vn.ansinh.checks.FindingRule;
import vn.ansinh.shared.Fraction;

/**
 * Printed figures of annex tables against their rows, formulas and the other tables. Only the
 * rows and columns the table holds are checked, and its total row only when the table is complete:
 * a total over some of the rows says nothing about the printed total.
 */
final class TableFindings {

    private TableFindings() {
    }

    static List<Finding> of(ComputedTable table, Map<String, ComputedTable> tables) {
        List<Finding> findings = new ArrayList<>();
        for (ComputedRow row : table.rows()) {
            for (ComputedColumn column : table.numericColumns()) {
                if (column.column().role() == ColumnRole.FORMULA) {
                    String formula = FormulaText.of(column.column().parsedFormula());
                    printedMismatch(table, row, column, FindingRule.FORMULA, List.of(column.column().displayCode(), formula))
                            .ifPresent(findings::add);
                }
            }
        }
        for (ComputedColumn column : table.complete() ? table.numericColumns() : List.<ComputedColumn>of()) {
            findings.addAll(totalMismatch(table, column).stream().toList());
        }
        for (TableCheck check : table.definition().checks()) {
            findings.addAll(check.kind() == TableCheck.Kind.EQUALS_SUM_OF
                    ? sumOfParts(table, check) : crossTable(table, check, tables.get(check.otherTable())));
        }
        return findings;
    }

    private static Optional<Finding> totalMismatch(ComputedTable table, ComputedColumn column) {
        if (column.rate()) {
            String formula = FormulaText.of(column.column().parsedFormula());
            return printedMismatch(table, table.total(), column, FindingRule.FORMULA,
                    List.of(column.column().displayCode(), formula));
        }
        return printedMismatch(table, table.total(), column, FindingRule.COLUMN_TOTAL,
                List.of(column.column().displayCode()));
    }

    private static Optional<Finding> printedMismatch(ComputedTable table, ComputedRow row, ComputedColumn column,
            FindingRule rule, List<String> arguments) {
        Optional<PrintedFigure> printed = table.printed(row, column);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        Fraction computed = row.value(column.code());
        if (printed.get().agreesWith(computed, column.rate())) {
            return Optional.empty();
        }
        return Optional.of(finding(table, row, column, printed.get().printed(), printed.get().amount(), computed, rule, arguments));
    }

    private static List<Finding> sumOfParts(ComputedTable table, TableCheck check) {
        List<Finding> findings = new ArrayList<>();
        ComputedColumn column = table.column(check.column()).orElseThrow();
        for (ComputedRow row : allRows(table)) {
            Fraction parts = Fraction.ZERO;
            for (String operand : check.operands()) {
                Fraction value = row.value(operand);
                parts = value == null ? null : parts == null ? null : parts.plus(value);
            }
            Fraction value = row.value(check.column());
            if (value != null && parts != null && value.compareTo(parts) != 0) {
                findings.add(finding(table, row, column, column.format(value), column.shown(value), parts,
                        FindingRule.SUM_OF_PARTS, List.of(column.column().displayCode(), FormulaText.sum(check.operands()))));
            }
        }
        return findings;
    }

    private static List<Finding> crossTable(ComputedTable table, TableCheck check, ComputedTable other) {
        List<Finding> findings = new ArrayList<>();
        if (other == null || other.column(check.otherColumn()).isEmpty()) {
            return findings;
        }
        ComputedColumn column = table.column(check.column()).orElseThrow();
        List<String> arguments = List.of(column.column().displayCode(), other.definition().shortTitle(), check.otherColumn());
        for (ComputedRow row : allRows(table)) {
            Optional<ComputedRow> otherRow = row.isTotal() ? Optional.of(other.total()) : other.rowOfUnit(row.unitId());
            Fraction expected = otherRow.map(r -> r.value(check.otherColumn())).orElse(null);
            Fraction value = row.value(check.column());
            if (value == null || (expected != null && value.compareTo(expected) == 0)) {
                continue;
            }
            PrintedFigure printed = table.printed(row, column)
                    .orElse(new PrintedFigure(column.format(value), column.shown(value)));
            findings.add(finding(table, row, column, printed.printed(), printed.amount(), expected,
                    FindingRule.CROSS_TABLE, arguments));
        }
        return findings;
    }

    /** The rows, and the total row when the table is complete. */
    private static List<ComputedRow> allRows(ComputedTable table) {
        List<ComputedRow> rows = new ArrayList<>(table.rows());
        if (table.complete()) {
            rows.add(table.total());
        }
        return rows;
    }

    private static Finding finding(ComputedTable table, ComputedRow row, ComputedColumn column, String printed,
            BigDecimal printedValue, Fraction computed, FindingRule rule, List<String> arguments) {
        return new Finding(table.code(), row.label(), column.code(), printed, printedValue, column.shown(computed),
                column.format(computed), rule, arguments, null);
    }
}
