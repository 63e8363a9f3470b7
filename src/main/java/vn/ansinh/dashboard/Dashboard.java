package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a leader sees of a programme as of a day. expectedPercent: the share of the year gone, the
 * pace a target should be at; yearOver: the ranking is final (for commendation), otherwise provisional.
 */
public record Dashboard(long programmeId, int year, LocalDate asOf, BigDecimal expectedPercent, boolean yearOver,
        List<TargetProgress> targets, List<CommuneRate> povertyRates, Trend trend, PlanTable plan,
        List<Ranked> communes, List<Ranked> organisations) {

    /**
     * source: RECORDS (the labour records and counts) or REPORTS (the latest approved periodic reports).
     * reported: for a target counted from the records, what the approved reports give instead (shown beside
     * it, so that the dashboard and the consolidated report never disagree silently); null when none gave one.
     */
    public record TargetProgress(String code, String name, String measure, String source, BigDecimal target,
            BigDecimal achieved, BigDecimal percent, Pace pace, BigDecimal reported) {
    }

    /** A commune's poverty rate as its annex table computes it; null where the table has no figure. */
    public record CommuneRate(long unitId, String name, BigDecimal rate) {
    }

    /** Per series (an indicator) the achievement from the start of the year to the end of each month; null after today. */
    public record Trend(List<Series> series) {
    }

    public record Series(String code, String name, List<BigDecimal> cumulative) {
    }

    /** Plan against actual per commune for each target counted in communes; total last. */
    public record PlanTable(List<Column> columns, List<PlanRow> rows, PlanRow total) {
    }

    public record Column(String code, String name, String measure) {
    }

    /** unitId null on the total row; cells in the order of the columns. */
    public record PlanRow(Long unitId, String name, List<Cell> cells) {
    }

    /** percent null without a target. */
    public record Cell(BigDecimal target, BigDecimal achieved, BigDecimal percent) {
    }

    /** score: the mean share of its targets met, each counted up to 100 %; reporters with no target are not ranked. */
    public record Ranked(int rank, long id, String name, BigDecimal score, int targets) {
    }
}
