package vn.ansinh.gratitude;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Money given to a commune's gratitude fund in a month: by a partner organisation of the commune (organisationId), or
 * by a contributor named as text, or both (a branch named more precisely); the amount in whole đồng.
 */
public record Contribution(long id, long unitId, Long organisationId, String contributor, YearMonth month,
        BigDecimal amount) {
}
