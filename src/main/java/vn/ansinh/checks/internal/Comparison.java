package vn.ansinh.checks.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.ansinh.shared.Fraction;

/** Whether a printed figure says the same as an exact computed value. */
final class Comparison {

    private Comparison() {
    }

    /**
     * Counts must agree exactly. A rate agrees when the computed value, rounded half-up to the
     * printed number of decimals (two at most), is the printed figure: "0,56" states 0,5596…%.
     */
    static boolean agrees(BigDecimal printed, Fraction computed, boolean rate) {
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
