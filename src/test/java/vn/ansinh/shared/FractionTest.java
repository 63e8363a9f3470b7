package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class FractionTest {

    static Fraction fraction(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    @Test
    void isKeptInLowestTermsWithAPositiveDenominator() {
        assertThat(fraction(2, 4)).isEqualTo(fraction(1, 2));
        assertThat(fraction(2, 4).numerator()).isEqualTo(BigInteger.ONE);
        assertThat(fraction(2, 4).denominator()).isEqualTo(BigInteger.TWO);
        assertThat(fraction(1, -2)).isEqualTo(fraction(-1, 2));
        assertThat(fraction(-3, -6)).isEqualTo(fraction(1, 2));
        assertThat(fraction(0, 5)).isEqualTo(Fraction.ZERO);
        assertThat(fraction(0, 5).denominator()).isEqualTo(BigInteger.ONE);
    }

    @Test
    void aZeroDenominatorIsRefused() {
        assertThatThrownBy(() -> fraction(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(1).dividedBy(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void readsDecimalsExactlyWhateverTheirScale() {
        assertThat(Fraction.of(new BigDecimal("9.92"))).isEqualTo(fraction(248, 25));
        assertThat(Fraction.of(new BigDecimal("9.9200"))).isEqualTo(fraction(248, 25));
        assertThat(Fraction.of(new BigDecimal("25073.0000"))).isEqualTo(Fraction.of(25073));
        assertThat(Fraction.of(new BigDecimal("25073.0000")).isInteger()).isTrue();
        assertThat(Fraction.of(new BigDecimal("1E+3"))).isEqualTo(Fraction.of(1000));
        assertThat(Fraction.of(new BigDecimal("-0.5"))).isEqualTo(fraction(-1, 2));
    }

    @Test
    void arithmetic() {
        assertThat(fraction(1, 3).plus(fraction(1, 6))).isEqualTo(fraction(1, 2));
        assertThat(fraction(1, 3).minus(fraction(1, 2))).isEqualTo(fraction(-1, 6));
        assertThat(fraction(2, 3).times(fraction(9, 4))).isEqualTo(fraction(3, 2));
        assertThat(fraction(2, 3).dividedBy(fraction(4, 9))).isEqualTo(fraction(3, 2));
        assertThat(fraction(5, 7).negate()).isEqualTo(fraction(-5, 7));
        assertThat(fraction(1, 2).minus(fraction(1, 2)).isZero()).isTrue();
        assertThat(fraction(1, 2).isZero()).isFalse();
        assertThat(fraction(6, 3).isInteger()).isTrue();
        assertThat(fraction(7, 3).isInteger()).isFalse();
    }

    @Test
    void aDifferenceOfRatesIsExactBeforeRounding() {
        // Biểu 2, Cam Tuyền: 11 = 3 − 9 = 140/1.411 − 14/1.411 = 126/1.411 (× 100), shown 8,93.
        Fraction hundred = Fraction.of(100);
        Fraction poor = Fraction.of(140).times(hundred).dividedBy(Fraction.of(1411));
        Fraction reduced = Fraction.of(14).times(hundred).dividedBy(Fraction.of(1411));
        assertThat(poor.minus(reduced)).isEqualTo(Fraction.of(126).times(hundred).dividedBy(Fraction.of(1411)));
        assertThat(poor.round(2)).isEqualByComparingTo("9.92");
        assertThat(reduced.round(2)).isEqualByComparingTo("0.99");
        assertThat(poor.minus(reduced).round(2)).isEqualByComparingTo("8.93");
        // Rounded first, 9,92 − 0,99 would also give 8,93 here, but not for Cam Thủy: 4,56 − 1,11 = 3,45 ≠ 3,46.
        Fraction thuy = Fraction.of(66 - 16).times(hundred).dividedBy(Fraction.of(1446));
        assertThat(thuy.round(2)).isEqualByComparingTo("3.46");
    }

    @Test
    void roundsHalfUpAwayFromZero() {
        assertThat(fraction(1, 8).round(2)).isEqualTo(new BigDecimal("0.13"));
        assertThat(fraction(-1, 8).round(2)).isEqualTo(new BigDecimal("-0.13"));
        assertThat(fraction(5, 2).round(0)).isEqualTo(new BigDecimal("3"));
        assertThat(fraction(1, 3).round(2)).isEqualTo(new BigDecimal("0.33"));
        assertThat(fraction(2, 3).round(2)).isEqualTo(new BigDecimal("0.67"));
        // The seed's total poverty reduction rate, 82 of 14.653 households.
        assertThat(Fraction.of(8200).dividedBy(Fraction.of(14653)).round(2)).isEqualTo(new BigDecimal("0.56"));
    }

    @Test
    void comparesByValue() {
        assertThat(fraction(1, 3)).isLessThan(Fraction.of(new BigDecimal("0.34")));
        assertThat(fraction(1, 3)).isGreaterThan(Fraction.of(new BigDecimal("0.333")));
        assertThat(fraction(2, 6).compareTo(fraction(1, 3))).isZero();
        assertThat(fraction(-1, 2)).isLessThan(Fraction.ZERO);
    }

    @Test
    void printsAsIntegerOrQuotient() {
        assertThat(fraction(6, 2)).hasToString("3");
        assertThat(fraction(2, -4)).hasToString("-1/2");
    }
}
