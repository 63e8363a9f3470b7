package vn.ansinh.annex;

import java.math.BigDecimal;

import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;

/** A column with its label from the printed header and whether it holds a rate. */
public record ComputedColumn(AnnexColumn column, String label, boolean rate) {

    public String code() {
        return column.code();
    }

    /** The value as shown and compared: rates with two decimals, other figures exact. */
    public BigDecimal shown(Fraction value) {
        if (value == null) {
            return null;
        }
        if (rate || !value.isInteger()) {
            return value.round(VietnameseNumbers.RATE_SCALE);
        }
        return value.round(0);
    }

    /** The value in Vietnamese format ("30.389", "9,92"); empty when there is none. */
    public String format(Fraction value) {
        BigDecimal shown = shown(value);
        if (shown == null) {
            return "";
        }
        return rate ? VietnameseNumbers.formatRate(shown) : VietnameseNumbers.formatAmount(shown);
    }
}
