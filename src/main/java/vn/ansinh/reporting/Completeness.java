package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported for a period: each expected reporter (the programme's communes and the organisations
 * of its tables) with its report's state and when it was submitted, on time or late; and the on-time
 * rate — reports submitted by the due day over those expected, in percent with 2 decimals.
 */
public record Completeness(String period, LocalDate dueOn, LocalDate asOf, int expected, int submitted, int onTime,
        int late, int missing, BigDecimal onTimeRate, List<Line> reporters) {

    /** status: ON_TIME, LATE (submitted after the due day), OVERDUE (not submitted, past due), NOT_DUE (not yet due). */
    public record Line(ReporterKind kind, long id, String name, ReportState state, LocalDate submittedOn, String status) {
    }
}
