package vn.ansinh.labour;

import java.time.LocalDate;

/**
 * Whether a person is of working age on a day, and why: from the day they turn the lower age until the
 * last day of the month in which they reach the retirement age of that year (retirementYears and
 * retirementExtraMonths: that age; lastDay: the end of their working age).
 */
public record WorkingAge(boolean workingAge, LocalDate from, LocalDate lastDay, int retirementYears,
        int retirementExtraMonths, String legalBasis) {
}
