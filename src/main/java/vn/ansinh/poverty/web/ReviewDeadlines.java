package vn.ansinh.poverty.web;

import java.time.LocalDate;
import java.util.Optional;

import vn.ansinh.poverty.ReviewCalendar;
import vn.ansinh.poverty.ReviewCalendars;

/**
 * The next deadlines of the calendar in force on a day, for the standards page: the yearly review under way or
 * the next to open, and the next monthly report (none after the last report month until next year's first).
 */
record ReviewDeadlines(ReviewCalendar calendar, int reviewYear, LocalDate reviewStart, LocalDate reviewEnd,
        LocalDate nextReport) {

    static Optional<ReviewDeadlines> on(ReviewCalendars calendars, LocalDate today) {
        return calendars.on(today).map(c -> {
            int year = c.reviewEndFrom(today).getYear();
            return new ReviewDeadlines(c, year, c.reviewStartIn(year), c.reviewEndIn(year),
                    c.nextReportFrom(today).orElse(null));
        });
    }
}
