package vn.ansinh.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese tables print them: "30.389" (dot groups thousands), "9,92" (comma is
 * the decimal mark). Symbols are fixed here rather than taken from the JDK's locale data,
 * which has changed between releases.
 */
public final class VietnameseNumbers {

    /** Rates are shown and compared with two decimals. */
    public static final int RATE_SCALE = 2;

    private static final Pattern PRINTED =
            Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    private VietnameseNumbers() {
    }

    /** A count or amount: thousands grouped, up to two decimals, no padding ("30.389", "1,5"). */
    public static String formatAmount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A rate in percent: exactly two decimals, rounded half-up ("9,92", "3,60"). */
    public static String formatRate(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(RATE_SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Reads a number as printed in Vietnamese ("3.971", "9,92", "05", " 1.446 ").
     * Returns empty for text that is not such a number, e.g. "9.92" or "14o".
     */
    public static Optional<BigDecimal> parse(String printed) {
        String text = printed.strip().replace('\u00a0', ' ').replace(" ", "");
        if (!PRINTED.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')));
    }

    /** Drops the storage scale: 1200.0000 becomes 1200 and 0.5000 becomes 0.5. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return symbols;
    }
}
