package vn.ansinh.checks;

import java.math.BigDecimal;
import java.util.List;

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
}
