package vn.ansinh.relief;

import java.math.BigDecimal;

/**
 * A household an event hit in a commune: its head and village as the commune lists them, the household of the registry
 * when linked (householdId, null otherwise), the damage, the people dead or missing (only for that damage) and the
 * estimated value lost in đồng (null: not estimated).
 */
public record AffectedHousehold(long id, long eventId, long unitId, String headName, String village, Long householdId,
        DamageKind damage, Integer people, BigDecimal estimatedValue) {
}
