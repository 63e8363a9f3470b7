package vn.ansinh.poverty;

/**
 * A new period of the review calendar as the administrator's form sends it, before it is checked: the day it
 * takes effect (dd/mm/yyyy or yyyy-mm-dd), the review's first and last days as dd/mm, the monthly report's day
 * and months as typed, the two levels and the legal basis.
 */
public record ReviewCalendarDraft(String validFrom, String reviewStart, String reviewEnd, String reportDay,
        String reportFirstMonth, String reportLastMonth, GovernmentLevel approvingLevel,
        GovernmentLevel consolidatingLevel, String legalBasis) {

    /** The form filled with the calendar in force, for the administrator to change what changed. */
    public static ReviewCalendarDraft from(ReviewCalendar c) {
        return new ReviewCalendarDraft("", dayMonth(c.reviewStart()), dayMonth(c.reviewEnd()),
                String.valueOf(c.reportDay()), String.valueOf(c.reportFirstMonth()), String.valueOf(c.reportLastMonth()),
                c.approvingLevel(), c.consolidatingLevel(), c.legalBasis());
    }

    private static String dayMonth(java.time.MonthDay d) {
        return "%02d/%02d".formatted(d.getDayOfMonth(), d.getMonthValue());
    }
}
