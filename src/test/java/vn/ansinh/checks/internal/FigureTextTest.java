package vn.ansinh.checks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ansinh.checks.internal.FigureText.Replacement;

/** Figures written into a paragraph in place of the printed ones, whole numbers only. */
class FigureTextTest {

    @Test
    void replacesEachPrintedFigureByItsCurrentValue() {
        String filled = FigureText.fill("việc làm cho 1.297/1200 lao động, Đào tạo nghề 547 học viên",
                List.of(new Replacement("1.297", "1.296"), new Replacement("1200", "1.200"), new Replacement("547", "547")));

        assertThat(filled).isEqualTo("việc làm cho 1.296/1.200 lao động, Đào tạo nghề 547 học viên");
    }

    @Test
    void neverReplacesPartOfALongerNumber() {
        String filled = FigureText.fill("năm 2019 có 19 xã, 1.9 và 19,5 và 9/9",
                List.of(new Replacement("19", "20"), new Replacement("9", "8")));

        assertThat(filled).isEqualTo("năm 2019 có 20 xã, 1.9 và 19,5 và 8/9");
    }

    @Test
    void aFigureStatedTwiceIsReplacedOnceForEachStatement() {
        String filled = FigureText.fill("0,56 và 0,56 và 0,56",
                List.of(new Replacement("0,56", "0,57"), new Replacement("0,56", "0,58")));

        assertThat(filled).isEqualTo("0,57 và 0,58 và 0,56");
    }

    @Test
    void aFigureNotInTheTextChangesNothing() {
        assertThat(FigureText.fill("82 hộ( 0,56%)", List.of(new Replacement("83", "84")))).isEqualTo("82 hộ( 0,56%)");
    }

    @Test
    void aListPrintedWithLeadingZerosKeepsItsWidth() {
        assertThat(CurrentFigures.keepLeadingZeros("05", "5")).isEqualTo("05");
        assertThat(CurrentFigures.keepLeadingZeros("05", "12")).isEqualTo("12");
        assertThat(CurrentFigures.keepLeadingZeros("5", "4")).isEqualTo("4");
        assertThat(CurrentFigures.keepLeadingZeros("0,56", "0,57")).isEqualTo("0,57");
    }
}
