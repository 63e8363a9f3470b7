package vn.ansinh.poverty;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The poverty review's calendar in force for a period (QĐ 24/2021/QĐ-TTg): the yearly review from reviewStart to
 * reviewEnd, monthly reports on reportDay of the months reportFirstMonth to reportLastMonth, the level whose
 * People's Committee chair recognises the lists and the level that consolidates them. validTo null: open-ended.
 */
public record ReviewCalendar(long id, LocalDate validFrom, LocalDate validTo, MonthDay reviewStart, MonthDay reviewEnd,
        int reportDay, int reportFirstMonth, int reportLastMonth, GovernmentLevel approvingLevel,
        GovernmentLevel consolidatingLevel, String legalBasis) {

    public boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public LocalDate reviewStartIn(int year) {
        return reviewStart.atYear(year);
    }

    public LocalDate reviewEndIn(int year) {
        return reviewEnd.atYear(year);
    }

    /** The monthly reports' days of the year: 05/02 to 05/09 under QĐ 24/2021. */
    public List<LocalDate> reportDaysIn(int year) {
        return IntStream.rangeClosed(reportFirstMonth, reportLastMonth).mapToObj(m -> LocalDate.of(year, m, reportDay))
                .toList();
    }

    /** The first monthly report due on or after the day, in this calendar's year or the next. */
    public Optional<LocalDate> nextReportFrom(LocalDate day) {
        return IntStream.of(day.getYear(), day.getYear() + 1).boxed().flatMap(y -> reportDaysIn(y).stream())
                .filter(d -> !d.isBefore(day)).findFirst();
    }

    /** The yearly review under way on the day, or the next one to open. */
    public LocalDate reviewEndFrom(LocalDate day) {
        LocalDate end = reviewEndIn(day.getYear());
        return end.isBefore(day) ? reviewEndIn(day.getYear() + 1) : end;
    }

    /** The review's span as the pages show it: «01/09 – 14/12». */
    public String reviewSpanShown() {
        return "%02d/%02d – %02d/%02d".formatted(reviewStart.getDayOfMonth(), reviewStart.getMonthValue(),
                reviewEnd.getDayOfMonth(), reviewEnd.getMonthValue());
    }

    /** The same calendar ending on the day. */
    public ReviewCalendar endingOn(LocalDate day) {
        return new ReviewCalendar(id, validFrom, day, reviewStart, reviewEnd, reportDay, reportFirstMonth, reportLastMonth,
                approvingLevel, consolidatingLevel, legalBasis);
    }
}
