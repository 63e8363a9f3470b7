package vn.ansinh.checks.web;

import java.math.BigDecimal;

/**
 * A finding as the API and the page show it. table: "bieu-1", … or "text"; row: the unit, the
 * total row, or where in the text; printed and computed as numbers, printedText as printed;
 * rule: the rule's code; explanation: the rule in the reader's language.
 */
record FindingJson(String table, String row, String column, BigDecimal printed, String printedText,
        BigDecimal computed, String computedText, String rule, String explanation, String excerpt) {
}
