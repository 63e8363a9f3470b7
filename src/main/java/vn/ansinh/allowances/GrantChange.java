package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A grant changed from a month on by a new decision: the coefficient and decision in force before (the grant's first
 * ones or those of the change before) and from that month.
 */
public record GrantChange(YearMonth fromMonth, BigDecimal oldCoefficient, BigDecimal newCoefficient,
        String oldDecision, String newDecision) {
}
