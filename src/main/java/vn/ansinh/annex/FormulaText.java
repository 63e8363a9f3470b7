package vn.ansinh.annex;

import java.util.stream.Collectors;

/** A formula written for people: "2 − 8", "2 ÷ 1 × 100". */
public final class FormulaText {

    private FormulaText() {
    }

    public static String of(Formula formula) {
        if (formula instanceof Formula.Rate rate) {
            return rate.part() + " ÷ " + rate.whole() + " × 100";
        }
        Formula.Linear linear = (Formula.Linear) formula;
        StringBuilder text = new StringBuilder();
        for (Formula.Term term : linear.terms()) {
            if (!text.isEmpty()) {
                text.append(term.negative() ? " − " : " + ");
            }
            text.append(term.column());
        }
        return text.toString();
    }

    public static String sum(java.util.List<String> columns) {
        return columns.stream().collect(Collectors.joining(" + "));
    }
}
