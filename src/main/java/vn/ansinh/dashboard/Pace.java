package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How a target stands against the pace of the year: at or above the share of the year gone, a little
 * behind (at least the configured share of that pace), behind; before the year starts, or without a
 * target, there is no pace to be at.
 */
public enum Pace {
    ON_TRACK,
    SLIGHTLY_BEHIND,
    BEHIND,
    NOT_STARTED,
    NO_TARGET;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The share of the year gone as of the day, in percent (2 decimals): 0 before it, 100 after it. */
    public static BigDecimal expectedPercent(int year, LocalDate asOf) {
        if (asOf.getYear() < year) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (asOf.getYear() > year) {
            return HUNDRED.setScale(2);
        }
        return BigDecimal.valueOf(asOf.getDayOfYear()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(asOf.lengthOfYear()), 2, RoundingMode.HALF_UP);
    }

    /** percent: achieved ÷ target × 100 (null without a target); slightlyBehindFrom: e.g. 80 (% of the pace). */
    public static Pace of(BigDecimal percent, BigDecimal expectedPercent, BigDecimal slightlyBehindFrom) {
        if (percent == null) {
            return NO_TARGET;
        }
        if (expectedPercent.signum() == 0) {
            return NOT_STARTED;
        }
        if (percent.compareTo(expectedPercent) >= 0) {
            return ON_TRACK;
        }
        BigDecimal nearly = expectedPercent.multiply(slightlyBehindFrom).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return percent.compareTo(nearly) >= 0 ? SLIGHTLY_BEHIND : BEHIND;
    }

    /** achieved ÷ target × 100, half-up to 2 decimals; null when there is no target (or it is 0). */
    public static BigDecimal percent(BigDecimal achieved, BigDecimal target) {
        if (target == null || target.signum() == 0) {
            return null;
        }
        BigDecimal done = achieved == null ? BigDecimal.ZERO : achieved;
        return done.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
    }
}
