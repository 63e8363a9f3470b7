package vn.ansinh.poverty.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ansinh.poverty.ReviewCalendar;
import vn.ansinh.poverty.ReviewCalendarDraft;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks a new period of the review calendar: a day it takes effect after the day the latest period began (that
 * one ends the day before), a review whose last day comes after its first within the year, a report day every
 * month has (1–28) and report months in order.
 */
public final class ReviewCalendarRules {

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The period to add (id 0, open-ended), when all of the draft is right. */
    public Optional<ReviewCalendar> check(ReviewCalendarDraft d, List<ReviewCalendar> existing) {
        LocalDate from = validFrom(d.validFrom(), existing);
        MonthDay start = dayMonth("reviewStart", d.reviewStart());
        MonthDay end = dayMonth("reviewEnd", d.reviewEnd());
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add("reviewEnd", "reviewCalendar.endBeforeStart", d.reviewStart());
        }
        Integer day = number("reportDay", d.reportDay(), 28);
        Integer first = number("reportFirstMonth", d.reportFirstMonth(), 12);
        Integer last = number("reportLastMonth", d.reportLastMonth(), 12);
        if (first != null && last != null && last < first) {
            problems.add("reportLastMonth", "reviewCalendar.monthsOrder", first);
        }
        problems.required("approvingLevel", d.approvingLevel()).required("consolidatingLevel", d.consolidatingLevel())
                .text("legalBasis", d.legalBasis(), 300);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewCalendar(0, from, null, start, end, day, first, last, d.approvingLevel(),
                d.consolidatingLevel(), d.legalBasis().strip()));
    }

    /** The latest period, which the added one follows: it ends the day before. */
    public static Optional<ReviewCalendar> followed(List<ReviewCalendar> existing) {
        return existing.stream().max(java.util.Comparator.comparing(ReviewCalendar::validFrom));
    }

    private LocalDate validFrom(String text, List<ReviewCalendar> existing) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add("validFrom", reading.problem(), text);
        } else if (reading.date() == null) {
            problems.add("validFrom", "catalogue.required");
        } else {
            followed(existing).filter(c -> !c.validFrom().isBefore(reading.date())).ifPresent(c -> problems
                    .add("validFrom", "reviewCalendar.notAfterLatest", Dates.shown(c.validFrom())));
        }
        return reading.date();
    }

    private MonthDay dayMonth(String field, String text) {
        Matcher m = DAY_MONTH.matcher(text == null ? "" : text.strip());
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        try {
            if (m.matches()) {
                return MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            // not a day of the year: said below
        }
        problems.add(field, "reviewCalendar.dayMonth", text);
        return null;
    }

    /** A whole number from 1 to max. */
    private Integer number(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a number: said below
        }
        problems.add(field, "reviewCalendar.between", max);
        return null;
    }
}
