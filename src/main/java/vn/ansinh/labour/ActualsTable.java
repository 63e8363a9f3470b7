package vn.ansinh.labour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.ansinh.annex.ComputedTable;

/**
 * An annex table's targets beside what each commune achieved (thực hiện), the percentage achieved
 * (% đạt) and a projection to year end from the pace so far, as of a day; the total row totals them.
 */
public record ActualsTable(ComputedTable table, LocalDate asOf, List<Column> columns, List<Row> rows, Row total) {

    /** A target column whose achievements records give: its code, label and the kind of record counted. */
    public record Column(String code, String label, RecordKind kind) {
    }

    /** unitId null on the total row. */
    public record Row(Long unitId, String ordinal, String label, Map<String, Actual> values) {
    }

    /**
     * target: the figure set (null: none); percent: achieved ÷ target × 100, 2 decimals (null without a
     * target); projection: at this pace by 31 December (null before the year starts); source: where the
     * achieved figure comes from (records, counts entered, or none).
     */
    public record Actual(BigDecimal target, long achieved, BigDecimal percent, Long projection, String source) {
    }
}
