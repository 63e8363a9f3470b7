package vn.ansinh.households;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Support a household received: kind, quantity in its unit ("ngày công", "con", "kg"), value in đồng,
 * date and the giving organisation (null: none named).
 */
public record Support(Long id, long householdId, SupportKind kind, BigDecimal quantity, String quantityUnit,
        BigDecimal value, LocalDate date, Long organisationId, String note) {
}
