package vn.ansinh.responsibility;

import java.time.LocalDate;
import java.util.Objects;

import vn.ansinh.shared.Domain;

/**
 * A department responsible for a domain — or, with indicatorCode, for one indicator of it, which wins over the
 * domain's row — from validFrom (null: since the start of the records) to validTo (null: until further notice),
 * both days included.
 */
public record Responsibility(long id, Domain domain, String indicatorCode, Department department, LocalDate validFrom,
        LocalDate validTo, String legalBasis) {

    public boolean covers(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether it is valid on some day from..to (either null: unbounded that way). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (validFrom == null || to == null || !validFrom.isAfter(to))
                && (validTo == null || from == null || !validTo.isBefore(from));
    }

    /** Whether it answers for the same thing: the same domain and the same indicator (or both the whole domain). */
    public boolean sameScope(Domain otherDomain, String otherIndicatorCode) {
        return domain == otherDomain && Objects.equals(indicatorCode, otherIndicatorCode);
    }

    /** The same responsibility ending on the day given. */
    public Responsibility endingOn(LocalDate day) {
        return new Responsibility(id, domain, indicatorCode, department, validFrom, day, legalBasis);
    }
}
