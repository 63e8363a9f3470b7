package vn.ansinh.poverty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.poverty.PovertyRefusal;
import vn.ansinh.poverty.ReviewCalendar;
import vn.ansinh.poverty.ReviewCalendars;
import vn.ansinh.shared.Dates;

/** The review calendar in force on a day, with its dates of that year. */
@RestController
class ReviewCalendarApiController {

    private final ReviewCalendars calendars;
    private final Clock clock;

    ReviewCalendarApiController(ReviewCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/api/v1/poverty/review-calendar")
    @Operation(summary = "The review calendar (QĐ 24/2021/QĐ-TTg) in force on the day (today without on=YYYY-MM-DD): "
            + "the yearly review's first and last days and the monthly reports' days of that year, the next report due, "
            + "the level that recognises the lists and the one that consolidates them; 404 where none is in force")
    CalendarJson on(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        ReviewCalendar c = calendars.on(day).orElseThrow(() -> new PovertyRefusal("on", "reviewCalendar.none",
                Dates.shown(day)));
        int year = day.getYear();
        return new CalendarJson(day, c.validFrom(), c.validTo(), c.legalBasis(), c.reviewStartIn(year), c.reviewEndIn(year),
                c.reportDaysIn(year), c.nextReportFrom(day).orElse(null), c.approvingLevel().name(),
                c.consolidatingLevel().name());
    }

    /** on: the day asked; reviewStart, reviewEnd and reportDays: of that day's year. */
    record CalendarJson(LocalDate on, LocalDate validFrom, LocalDate validTo, String legalBasis, LocalDate reviewStart,
            LocalDate reviewEnd, List<LocalDate> reportDays, LocalDate nextReport, String approvingLevel,
            String consolidatingLevel) {
    }
}
