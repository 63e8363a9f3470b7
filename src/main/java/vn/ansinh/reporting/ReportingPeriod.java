package vn.ansinh.reporting;

import java.time.LocalDate;

/** A programme's reporting period: a month (number 1–12), a quarter (1–4) or the year (1), due on a day. */
public record ReportingPeriod(Long id, long programmeId, PeriodKind kind, int year, int number, LocalDate startsOn,
        LocalDate endsOn, LocalDate dueOn) {

    /** "2019-03", "2019-Q1", "2019": how the API names a period. */
    public String code() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }
}
