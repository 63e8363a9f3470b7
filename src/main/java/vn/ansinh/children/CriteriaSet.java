package vn.ansinh.children;

import java.time.LocalDate;
import java.util.List;

/**
 * The criteria of a child-friendly commune from validFrom to validTo (null: until a later set), with the decision that
 * set them; enteredOn: the day an administrator entered it (null for the set ansinh began with).
 */
public record CriteriaSet(long id, LocalDate validFrom, LocalDate validTo, String legalBasis, LocalDate enteredOn,
        List<Criterion> criteria) {

    public CriteriaSet {
        criteria = List.copyOf(criteria);
    }

    public boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** The same set ending on the day (the day before the next one takes effect). */
    public CriteriaSet endingOn(LocalDate lastDay) {
        return new CriteriaSet(id, validFrom, lastDay, legalBasis, enteredOn, criteria);
    }
}
