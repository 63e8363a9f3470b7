package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A scheme's base level per month, in đồng, from validFrom to validTo (null: until a later one), with its decree;
 * enteredOn: the day an administrator entered it (null for the levels ansinh began with), before which the months it
 * covers were paid at the level before.
 */
public record AllowanceBase(long id, AllowanceScheme scheme, BigDecimal amount, LocalDate validFrom, LocalDate validTo,
        String legalBasis, LocalDate enteredOn) {

    public boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** The same base ending on the day (the day before the next one takes effect). */
    public AllowanceBase endingOn(LocalDate lastDay) {
        return new AllowanceBase(id, scheme, amount, validFrom, lastDay, legalBasis, enteredOn);
    }
}
