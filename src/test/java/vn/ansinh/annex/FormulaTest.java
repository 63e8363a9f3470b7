package vn.ansinh.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ansinh.shared.Fraction;

class FormulaTest {

    /** Biểu 2, Cam Tuyền: 1.411 households, 140 poor, 14 can exit, 126 cannot. */
    static final Map<String, Fraction> CAM_TUYEN = Map.of("1", Fraction.of(1411), "2", Fraction.of(140),
            "4", Fraction.of(14), "6", Fraction.of(126), "8", Fraction.of(14));

    @Test
    void parsesADifference() {
        Formula formula = Formula.parse("2 - 8");

        assertThat(formula).isEqualTo(new Formula.Linear(List.of(new Formula.Term(false, "2"), new Formula.Term(true, "8"))));
        assertThat(formula.operands()).containsExactly("2", "8");
        assertThat(Formula.parse("2-8")).isEqualTo(formula);
        assertThat(Formula.parse("  2 -  8 ")).isEqualTo(formula);
    }

    @Test
    void parsesASum() {
        Formula formula = Formula.parse("1 + 2 + 3 + 4 + 5");

        assertThat(formula.operands()).containsExactly("1", "2", "3", "4", "5");
        assertThat(formula).isInstanceOfSatisfying(Formula.Linear.class,
                linear -> assertThat(linear.terms()).noneMatch(Formula.Term::negative));
        assertThat(Formula.parse("1 + 2 - 3").operands()).containsExactly("1", "2", "3");
    }

    @Test
    void parsesARate() {
        assertThat(Formula.parse("rate(2, 1)")).isEqualTo(new Formula.Rate("2", "1"));
        assertThat(Formula.parse("rate( 8 ,1 )")).isEqualTo(new Formula.Rate("8", "1"));
        assertThat(Formula.parse("rate(2, 1)").operands()).containsExactly("2", "1");
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"", "   ", "- 2", "2 -", "2 8", "2 * 3", "2 / 3", "rate(2)", "rate(2, 1) + 3",
        "2 + rate(2, 1)", "(2 - 8)", "2 - - 8", "sum(1, 2)"})
    void refusesWhatIsNotAFormula(String text) {
        assertThatThrownBy(() -> Formula.parse(text)).isInstanceOfSatisfying(DefinitionException.class, e -> {
            assertThat(e.code()).isEqualTo("annex.formula.invalid");
            assertThat(e.arguments()).containsExactly(text);
        });
    }

    @Test
    void evaluatesDifferencesAndSumsExactly() {
        assertThat(Formula.parse("2 - 8").evaluate(CAM_TUYEN::get)).isEqualTo(Fraction.of(126));
        assertThat(Formula.parse("4 + 6").evaluate(CAM_TUYEN::get)).isEqualTo(Fraction.of(140));
        assertThat(Formula.parse("4 + 6 - 2").evaluate(CAM_TUYEN::get)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void evaluatesARateAsPartOverWholeTimesAHundred() {
        Fraction rate = Formula.parse("rate(2, 1)").evaluate(CAM_TUYEN::get);

        assertThat(rate).isEqualTo(new Fraction(java.math.BigInteger.valueOf(14000), java.math.BigInteger.valueOf(1411)));
        assertThat(rate.round(2)).isEqualByComparingTo("9.92");
    }

    @Test
    void aRateOfAZeroWholeHasNoValue() {
        Map<String, Fraction> empty = Map.of("1", Fraction.ZERO, "2", Fraction.ZERO);

        assertThat(Formula.parse("rate(2, 1)").evaluate(empty::get)).isNull();
        assertThat(Formula.parse("rate(1, 2)").evaluate(CAM_TUYEN::get)).isEqualTo(Fraction.of(141100).dividedBy(Fraction.of(140)));
        assertThat(Formula.parse("rate(2, 1)").evaluate(Map.of("1", Fraction.of(5), "2", Fraction.ZERO)::get))
                .isEqualTo(Fraction.ZERO);
    }

    @Test
    void aMissingOperandHasNoValue() {
        Map<String, Fraction> blank = new HashMap<>(CAM_TUYEN);
        blank.remove("8");

        assertThat(Formula.parse("2 - 8").evaluate(blank::get)).isNull();
        assertThat(Formula.parse("rate(8, 1)").evaluate(blank::get)).isNull();
        assertThat(Formula.parse("rate(2, 9)").evaluate(blank::get)).isNull();
    }

    @Test
    void isWrittenForPeopleWithTheirSigns() {
        assertThat(FormulaText.of(Formula.parse("2 - 8"))).isEqualTo("2 − 8");
        assertThat(FormulaText.of(Formula.parse("1 + 2 + 3"))).isEqualTo("1 + 2 + 3");
        assertThat(FormulaText.of(Formula.parse("rate(2, 1)"))).isEqualTo("2 ÷ 1 × 100");
        assertThat(FormulaText.sum(List.of("4", "6"))).isEqualTo("4 + 6");
    }
}
