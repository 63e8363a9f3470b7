package vn.ansinh.checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A printed figure that disagrees with what ansinh computes. table is the table code, or
 * {@link #TEXT} for the programme's text; row is the unit, the total row's label, or where in
 * the text; column is the column code (null for text). ruleArguments fill the rule's message.
 */
public record Finding(
        String table,
        String row,
        String column,
        String printed,
        BigDecimal printedValue,
        BigDecimal computedValue,
        String computed,
        FindingRule rule,
        List<String> ruleArguments,
        String excerpt) {

    public static final String TEXT = "text";

    /**
     * One finding per cell: a cell can break two rules (a formula cell that is also checked against
     * another table, a total that is also a sum of parts), but it is one wrong figure, said by the
     * first rule it breaks. Figures of the text are not cells and are all kept.
     */
    public static List<Finding> onePerCell(List<Finding> findings) {
        Map<Object, Finding> byCell = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byCell.putIfAbsent(finding.column() == null ? finding : finding.table() + "\n" + finding.row() + "\n"
                    + finding.column(), finding);
        }
        return List.copyOf(byCell.values());
    }
}
