package vn.ansinh.annex;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.ansinh.shared.Fraction;

/** A figure as the printed table shows it, and the number it reads as. */
public record PrintedFigure(String printed, BigDecimal amount) {

    /**
     * Whether the print says the same as an exact computed value. Counts must agree exactly;
     * a rate agrees when the computed value, rounded half-up to the printed number of decimals
     * (two at most), is the printed figure: "0,56" states 0,5596…%.
     */
    public boolean agreesWith(Fraction computed, boolean rate) {
        return agrees(amount, computed, rate);
    }

    public static boolean agrees(BigDecimal printed, Fraction computed, boolean rate) {
        if (computed == null) {
            return false;
        }
        if (!rate) {
            return Fraction.of(printed).compareTo(computed) == 0;
        }
        int scale = Math.min(Math.max(printed.scale(), 0), 2);
        return computed.round(scale).compareTo(printed.setScale(scale, RoundingMode.HALF_UP)) == 0;
    }
}
