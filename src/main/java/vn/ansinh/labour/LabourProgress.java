package vn.ansinh.labour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;

/**
 * Plan against actual: a programme's table with each target beside what was achieved — counted from
 * the communes' records, or their counts where they keep none — the percentage achieved, and where the
 * year will end at the pace so far.
 */
@Service
@Transactional(readOnly = true)
public class LabourProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AnnexTables tables;
    private final Indicators indicators;
    private final LabourRecords records;
    private final LabourProperties properties;
    private final Clock clock;

    LabourProgress(AnnexTables tables, Indicators indicators, LabourRecords records, LabourProperties properties,
            Clock clock) {
        this.tables = tables;
        this.indicators = indicators;
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    /** Empty when there is no such table or the scope cannot read the programme. */
    public Optional<ActualsTable> table(long programmeId, String code, AccessScope scope) {
        return tables.computed(programmeId, code, scope).map(this::withActuals);
    }

    private ActualsTable withActuals(ComputedTable table) {
        List<ActualsTable.Column> columns = columns(table);
        List<Long> units = table.rows().stream().map(ComputedRow::unitId).toList();
        Map<Long, Map<RecordKind, Monthly>> monthly = records.monthly(units, table.year());
        LocalDate asOf = LocalDate.now(clock);
        List<ActualsTable.Row> rows = new ArrayList<>();
        Map<String, Long> achievedTotals = new LinkedHashMap<>();
        for (ComputedRow row : table.rows()) {
            Map<String, ActualsTable.Actual> values = new LinkedHashMap<>();
            for (ActualsTable.Column column : columns) {
                Monthly achieved = monthly.getOrDefault(row.unitId(), Map.of()).get(column.kind());
                long total = achieved == null ? 0 : achieved.total();
                achievedTotals.merge(column.code(), total, Long::sum);
                values.put(column.code(), actual(row.value(column.code()), total, table.year(), asOf,
                        achieved == null ? "NONE" : achieved.source().name()));
            }
            rows.add(new ActualsTable.Row(row.unitId(), row.ordinal(), row.label(), values));
        }
        Map<String, ActualsTable.Actual> totals = new LinkedHashMap<>();
        for (ActualsTable.Column column : columns) {
            totals.put(column.code(), actual(table.total().value(column.code()), achievedTotals.getOrDefault(column.code(), 0L),
                    table.year(), asOf, null));
        }
        return new ActualsTable(table, asOf, columns, rows,
                new ActualsTable.Row(null, "", table.total().label(), totals));
    }

    private static ActualsTable.Actual actual(Fraction target, long achieved, int year, LocalDate asOf, String source) {
        BigDecimal planned = target == null ? null : VietnameseNumbers.normalize(target.round(2));
        BigDecimal percent = planned == null || planned.signum() == 0 ? null
                : BigDecimal.valueOf(achieved).multiply(HUNDRED).divide(planned, 2, RoundingMode.HALF_UP);
        return new ActualsTable.Actual(planned, achieved, percent, projection(achieved, year, asOf), source);
    }

    /** At this pace by 31 December: the achieved so far times the year's days over the days gone; final once it is over. */
    static Long projection(long achieved, int year, LocalDate asOf) {
        if (asOf.getYear() < year) {
            return null;
        }
        if (asOf.getYear() > year) {
            return achieved;
        }
        BigDecimal days = BigDecimal.valueOf(asOf.lengthOfYear());
        return BigDecimal.valueOf(achieved).multiply(days)
                .divide(BigDecimal.valueOf(asOf.getDayOfYear()), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The table's target columns whose indicator the records count, by the configuration. */
    private List<ActualsTable.Column> columns(ComputedTable table) {
        Map<Long, Indicator> byId = indicators.byIds(table.columns().stream().map(c -> c.column().indicatorId())
                .filter(Objects::nonNull).toList());
        List<ActualsTable.Column> columns = new ArrayList<>();
        for (ComputedColumn column : table.columns()) {
            Indicator indicator = column.column().indicatorId() == null ? null : byId.get(column.column().indicatorId());
            RecordKind kind = indicator == null ? null : properties.actuals().get(indicator.code());
            if (column.column().role() == ColumnRole.TARGET && kind != null) {
                columns.add(new ActualsTable.Column(column.code(), column.label(), kind));
            }
        }
        return columns;
    }
}
