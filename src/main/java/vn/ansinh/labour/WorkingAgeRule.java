package vn.ansinh.labour;

import java.time.LocalDate;

import vn.ansinh.households.Sex;

/**
 * The retirement age of a sex over a period: in the period's first year {@code retirementMonths}, rising
 * {@code riseMonths} each later year, never beyond {@code capMonths}; a person is of working age from
 * {@code lowerAgeYears}. validFrom null: since always; validTo null: until further notice.
 */
public record WorkingAgeRule(Sex sex, LocalDate validFrom, LocalDate validTo, int lowerAgeYears, int retirementMonths,
        int riseMonths, int capMonths, String legalBasis) {

    public boolean covers(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }

    /** The retirement age, in months, of someone who reaches it in the year. */
    public int retirementMonthsIn(int year) {
        int years = validFrom == null ? 0 : Math.max(0, year - validFrom.getYear());
        return Math.min(capMonths, retirementMonths + riseMonths * years);
    }
}
