package vn.ansinh.annex.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.DefinitionException;
import vn.ansinh.annex.Formula;
import vn.ansinh.annex.HeaderGrid;
import vn.ansinh.annex.PlacedHeaderCell;
import vn.ansinh.annex.PrintedCell;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;

/**
 * Computes an annex table from its input figures: each row's formula columns from the row,
 * the total row's inputs as column sums and its formula columns from those sums, so a
 * total rate is the rate of the totals, never a sum of rates.
 */
final class TableCalculator {

    private TableCalculator() {
    }

    /**
     * inputs: the baseline or target of each row's unit for each input column, by key; complete:
     * whether the table's rows are all of its rows (see {@link ComputedTable#complete()}).
     */
    static ComputedTable compute(AnnexTableDefinition table, int year, boolean complete,
            Function<AnnexColumn, Map<FigureKey, BigDecimal>> inputs) {
        List<PlacedHeaderCell> header = HeaderGrid.layout(table.header(), table.columns().size());
        List<ComputedColumn> columns = columns(table, header);
        List<ComputedRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            AnnexRow row = table.rows().get(i);
            Map<String, Fraction> values = new LinkedHashMap<>();
            for (AnnexColumn column : table.columns()) {
                if (column.role().isInput()) {
                    BigDecimal amount = inputs.apply(column)
                            .get(new FigureKey(column.indicatorId(), row.unitId(), column.organisationId()));
                    values.put(column.code(), amount == null ? null : Fraction.of(amount));
                }
            }
            rows.add(new ComputedRow(i + 1, row.unitId(), row.ordinal(), row.label(), withFormulas(table, values)));
        }
        Map<String, Fraction> totals = new LinkedHashMap<>();
        for (AnnexColumn column : table.columns()) {
            if (column.role().isInput()) {
                totals.put(column.code(), sum(rows, column.code()));
            }
        }
        ComputedRow total = new ComputedRow(PrintedCell.TOTAL_ROW, null, "", table.totalLabel(), withFormulas(table, totals));
        return new ComputedTable(table, year, header, table.header().size(), columns, rows, total, complete);
    }

    private static Map<String, Fraction> withFormulas(AnnexTableDefinition table, Map<String, Fraction> inputs) {
        Map<String, Fraction> values = new HashMap<>(inputs);
        Map<String, Formula> formulas = formulas(table);
        Set<String> done = new HashSet<>(inputs.keySet());
        for (String code : formulas.keySet()) {
            evaluate(code, formulas, values, done, new HashSet<>());
        }
        Map<String, Fraction> ordered = new LinkedHashMap<>();
        table.columns().stream().filter(c -> c.role().isNumeric()).forEach(c -> ordered.put(c.code(), values.get(c.code())));
        return ordered;
    }

    private static Fraction evaluate(String code, Map<String, Formula> formulas, Map<String, Fraction> values,
            Set<String> done, Set<String> visiting) {
        if (done.contains(code) || !formulas.containsKey(code)) {
            return values.get(code);
        }
        if (!visiting.add(code)) {
            throw new DefinitionException("annex.formula.cycle", code);
        }
        Fraction value = formulas.get(code).evaluate(c -> evaluate(c, formulas, values, done, visiting));
        values.put(code, value);
        done.add(code);
        return value;
    }

    private static Map<String, Formula> formulas(AnnexTableDefinition table) {
        Map<String, Formula> formulas = new LinkedHashMap<>();
        table.columns().stream().filter(c -> c.role() == ColumnRole.FORMULA)
                .forEach(c -> formulas.put(c.code(), c.parsedFormula()));
        return formulas;
    }

    private static Fraction sum(List<ComputedRow> rows, String column) {
        Fraction total = null;
        for (ComputedRow row : rows) {
            Fraction value = row.value(column);
            if (value != null) {
                total = total == null ? value : total.plus(value);
            }
        }
        return total;
    }

    private static List<ComputedColumn> columns(AnnexTableDefinition table, List<PlacedHeaderCell> header) {
        Map<String, Formula> formulas = formulas(table);
        List<ComputedColumn> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            AnnexColumn column = table.columns().get(i);
            String label = String.join(" – ", HeaderGrid.path(header, i));
            columns.add(new ComputedColumn(column, label, isRate(column.code(), formulas, new HashSet<>())));
        }
        return columns;
    }

    /** A rate, or a sum or difference of rates ("11 = 3 − 9"). */
    private static boolean isRate(String code, Map<String, Formula> formulas, Set<String> seen) {
        Formula formula = formulas.get(code);
        if (formula == null || !seen.add(code)) {
            return false;
        }
        if (formula instanceof Formula.Rate) {
            return true;
        }
        return formula.operands().stream().anyMatch(o -> isRate(o, formulas, seen));
    }
}
