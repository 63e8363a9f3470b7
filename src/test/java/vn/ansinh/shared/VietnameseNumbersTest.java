package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30389    | 30.389
            1296     | 1.296
            853      | 853
            0        | 0
            1234567  | 1.234.567
            -1297    | -1.297
            9.92     | 9,92
            1.5      | 1,5
            25073.00 | 25.073
            """)
    void formatsAmountsWithADotBetweenThousands(String value, String printed) {
        assertThat(VietnameseNumbers.formatAmount(new BigDecimal(value))).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            9.92     | 9,92
            3.6      | 3,60
            0.125    | 0,13
            0.124999 | 0,12
            0.135    | 0,14
            -0.125   | -0,13
            0        | 0,00
            1234.5   | 1.234,50
            """)
    void formatsRatesWithTwoDecimalsRoundedHalfUp(String value, String printed) {
        assertThat(VietnameseNumbers.formatRate(new BigDecimal(value))).isEqualTo(printed);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            3.971|3971
             1.446 |1446
            9,92|9.92
            05|5
            03|3
            30.389|30389
            1.234.567|1234567
            0,56|0.56
            -3,5|-3.5
            149|149
            """)
    void readsNumbersAsPrinted(String printed, String value) {
        assertThat(VietnameseNumbers.parse(printed)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
    }

    @Test
    void readsANumberBetweenNonBreakingSpaces() {
        assertThat(VietnameseNumbers.parse("\u00a01.446\u00a0")).hasValue(new BigDecimal("1446"));
    }

    @Test
    void readsExactlyWhatIsPrinted() {
        assertThat(VietnameseNumbers.parse("9,92")).hasValue(new BigDecimal("9.92"));
        assertThat(VietnameseNumbers.parse("3,60")).hasValue(new BigDecimal("3.60"));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"9.92", "14o", "1,2,3", "", " ", "1.23", "1.2345", "1..234", ",5", "5,", "1.234,", "abc",
        "1e3", "+5", "12 3,4,5"})
    void refusesWhatIsNotAPrintedNumber(String printed) {
        assertThat(VietnameseNumbers.parse(printed)).isEmpty();
    }

    @Test
    void normalizeDropsTheStorageScale() {
        assertThat(VietnameseNumbers.normalize(new BigDecimal("25073.0000"))).isEqualTo(new BigDecimal("25073"));
        assertThat(VietnameseNumbers.normalize(new BigDecimal("9.9200"))).isEqualTo(new BigDecimal("9.92"));
        assertThat(VietnameseNumbers.normalize(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000"));
        assertThat(VietnameseNumbers.normalize(new BigDecimal("1E+3")).toPlainString()).isEqualTo("1000");
        assertThat(VietnameseNumbers.normalize(null)).isNull();
    }
}
