package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What one beneficiary is granted: the scheme, the coefficient of their group and degree (1,0 for a base-level
 * allowance, 2,5 for two and a half times it), from the first month paid to the last (null: still paid); changes: the
 * coefficient in force from each month a later decision changed it.
 */
public record Entitlement(AllowanceScheme scheme, BigDecimal coefficient, YearMonth from, YearMonth to,
        NavigableMap<YearMonth, BigDecimal> changes) {

    public Entitlement {
        changes = Collections.unmodifiableNavigableMap(new TreeMap<>(changes));
    }

    /** One coefficient all along. */
    public Entitlement(AllowanceScheme scheme, BigDecimal coefficient, YearMonth from, YearMonth to) {
        this(scheme, coefficient, from, to, new TreeMap<>());
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }

    /** The coefficient in force in the month: that of the latest change from it or before, else the first. */
    public BigDecimal coefficientIn(YearMonth month) {
        Map.Entry<YearMonth, BigDecimal> change = changes.floorEntry(month);
        return change == null ? coefficient : change.getValue();
    }
}
