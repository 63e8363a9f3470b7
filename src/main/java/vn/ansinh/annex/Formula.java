package vn.ansinh.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ansinh.shared.Fraction;

/**
 * A column computed from other columns of the same row, written as in the printed column
 * codes: "2 - 8", "1 + 2 + 3 + 4 + 5", or "rate(2, 1)" for 2 ÷ 1 × 100.
 */
public sealed interface Formula {

    /** The columns the formula reads. */
    List<String> operands();

    /** The value, or null when an operand is missing or a rate's whole is zero. */
    Fraction evaluate(Function<String, Fraction> column);

    /** A sum and difference of columns. */
    record Linear(List<Term> terms) implements Formula {

        @Override
        public List<String> operands() {
            return terms.stream().map(Term::column).toList();
        }

        @Override
        public Fraction evaluate(Function<String, Fraction> column) {
            Fraction result = Fraction.ZERO;
            for (Term term : terms) {
                Fraction value = column.apply(term.column());
                if (value == null) {
                    return null;
                }
                result = term.negative() ? result.minus(value) : result.plus(value);
            }
            return result;
        }
    }

    /** One column in a sum, added or subtracted. */
    record Term(boolean negative, String column) {
    }

    /** part ÷ whole × 100. */
    record Rate(String part, String whole) implements Formula {

        private static final Fraction HUNDRED = Fraction.of(100);

        @Override
        public List<String> operands() {
            return List.of(part, whole);
        }

        @Override
        public Fraction evaluate(Function<String, Fraction> column) {
            Fraction p = column.apply(part);
            Fraction w = column.apply(whole);
            if (p == null || w == null || w.isZero()) {
                return null;
            }
            return p.times(HUNDRED).dividedBy(w);
        }
    }

    Pattern RATE = Pattern.compile("rate\\(\\s*([\\w.]+)\\s*,\\s*([\\w.]+)\\s*\\)");
    Pattern TERM = Pattern.compile("\\s*([+-])?\\s*([\\w.]+)\\s*");

    /** @throws DefinitionException when the text is not a formula */
    static Formula parse(String text) {
        String trimmed = text.strip();
        Matcher rate = RATE.matcher(trimmed);
        if (rate.matches()) {
            return new Rate(rate.group(1), rate.group(2));
        }
        List<Term> terms = new ArrayList<>();
        Matcher term = TERM.matcher(trimmed);
        int at = 0;
        while (at < trimmed.length() && term.find(at) && term.start() == at) {
            if (terms.isEmpty() == (term.group(1) != null)) {
                break;
            }
            terms.add(new Term("-".equals(term.group(1)), term.group(2)));
            at = term.end();
        }
        if (terms.isEmpty() || at != trimmed.length()) {
            throw new DefinitionException("annex.formula.invalid", text);
        }
        return new Linear(List.copyOf(terms));
    }
}
