package vn.ansinh.apportionment;

import java.math.BigDecimal;

import vn.ansinh.shared.Fraction;

/** One part of a split: its base, its exact quota (whole × base ÷ sum of bases) and its whole-number share. */
public record Share(String name, BigDecimal base, Fraction exact, long share) {

    /** Decimals the exact quota is shown with. */
    public static final int EXACT_SCALE = 2;

    /** The exact quota rounded half-up to two decimals, for showing only. */
    public BigDecimal exactShare() {
        return exact.round(EXACT_SCALE);
    }
}
