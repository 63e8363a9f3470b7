package vn.ansinh.gratitude;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gratitude house (nhà tình nghĩa) built or repaired for a household of a commune: the head's name and village as
 * written, the household of the registry when one was linked (null otherwise), the cost in đồng, where the money came
 * from, and the day it was handed over.
 */
public record GratitudeHouse(long id, long unitId, HouseKind kind, String headName, String village, Long householdId,
        BigDecimal cost, String source, LocalDate handedOverOn) {
}
