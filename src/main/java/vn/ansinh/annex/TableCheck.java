package vn.ansinh.annex;

import java.util.List;

/**
 * A rule the table's figures must keep beyond its formulas: a column equals the sum of other
 * columns (poor = can exit + cannot exit), or equals a column of another table of the same
 * programme, unit by unit (Biểu 3 row totals = Biểu 2 committed exits).
 */
public record TableCheck(Kind kind, String column, List<String> operands, String otherTable, String otherColumn) {

    public enum Kind {
        EQUALS_SUM_OF,
        EQUALS_COLUMN
    }

    public static TableCheck equalsSumOf(String column, List<String> operands) {
        return new TableCheck(Kind.EQUALS_SUM_OF, column, List.copyOf(operands), null, null);
    }

    public static TableCheck equalsColumn(String column, String otherTable, String otherColumn) {
        return new TableCheck(Kind.EQUALS_COLUMN, column, List.of(), otherTable, otherColumn);
    }
}
