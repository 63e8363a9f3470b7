package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one beneficiary is granted: the scheme, the coefficient of their group and degree (1,0 for a base-level
 * allowance, 2,5 for two and a half times it), from the first month paid to the last (null: still paid).
 */
public record Entitlement(AllowanceScheme scheme, BigDecimal coefficient, YearMonth from, YearMonth to) {

    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
