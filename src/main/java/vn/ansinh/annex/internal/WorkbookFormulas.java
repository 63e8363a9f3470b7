package vn.ansinh.annex.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.Formula;

/**
 * Excel formula text for an annex table's computed cells: a column's formula over the cells
 * of one sheet row, and the sum of an input column over the data rows.
 */
final class WorkbookFormulas {

    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final Map<String, Boolean> rates = new HashMap<>();

    WorkbookFormulas(List<ComputedColumn> columns) {
        for (int c = 0; c < columns.size(); c++) {
            columnIndex.put(columns.get(c).code(), c);
            rates.put(columns.get(c).code(), columns.get(c).rate());
        }
    }

    /**
     * The formula over the given sheet row: "D7-J7", "C7+D7+E7" or, for a rate,
     * IF(C7=0,"",D7/C7*100), which is blank where the whole is zero as the computed table is.
     */
    String of(Formula formula, int row) {
        if (formula instanceof Formula.Rate rate) {
            String whole = cell(rate.whole(), row);
            return "IF(" + whole + "=0,\"\"," + cell(rate.part(), row) + "/" + whole + "*100)";
        }
        StringBuilder text = new StringBuilder();
        for (Formula.Term term : ((Formula.Linear) formula).terms()) {
            if (term.negative()) {
                text.append('-');
            } else if (!text.isEmpty()) {
                text.append('+');
            }
            text.append(cell(term.column(), row));
        }
        return blankWhereARateIsBlank((Formula.Linear) formula, row, text.toString());
    }

    /** A rate is blank where its whole is zero; a sum of rates ("11 = 3 − 9") is blank then too. */
    private String blankWhereARateIsBlank(Formula.Linear formula, int row, String expression) {
        List<String> blankable = formula.operands().stream().filter(c -> rates.getOrDefault(c, false))
                .map(c -> cell(c, row) + "=\"\"").toList();
        if (blankable.isEmpty()) {
            return expression;
        }
        return "IF(OR(" + String.join(",", blankable) + "),\"\"," + expression + ")";
    }

    /** SUM of a column over sheet rows first to last (0-based). */
    String sum(int column, int first, int last) {
        return "SUM(" + address(column, first) + ":" + address(column, last) + ")";
    }

    private String cell(String code, int row) {
        Integer column = columnIndex.get(code);
        if (column == null) {
            throw new IllegalArgumentException("Formula refers to unknown column " + code);
        }
        return address(column, row);
    }

    private static String address(int column, int row) {
        return new CellReference(row, column).formatAsString();
    }
}
