package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A period's consolidated report: per indicator the sum of the approved reports of the communes and of
 * the organisations — for a "k of n communes" target, k the communes that reported it met — beside the
 * year's target; and the difficulties and proposals of the approved reports.
 */
public record ConsolidatedReport(long programmeId, String period, int approved, int expected, List<Line> lines,
        List<Note> notes) {

    /**
     * communes, organisations: from the start of the year to the period's end; ...InPeriod: within the
     * period (each reporter's figure less its latest approved one of an earlier period; none for "k/n").
     * countOfUnits: a "k/n" indicator (communes is k then, expected communes n). target null: none set.
     * communesFromRecords: for a labour target, what the communes' labour records give to the period's end — the
     * figure the dashboard counts — shown beside the reports' (which this report counts); null for other targets.
     */
    public record Line(long indicatorId, String code, String name, String measure, boolean countOfUnits,
            BigDecimal communes, BigDecimal organisations, BigDecimal communesInPeriod, BigDecimal organisationsInPeriod,
            BigDecimal target, int communesExpected, BigDecimal communesFromRecords) {
    }

    /** A reporter's difficulties and proposals, as its approved report gives them. */
    public record Note(String reporter, String difficulties, String proposals) {
    }
}
