package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.dashboard.internal.Achievements;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.labour.ActualsTable;
import vn.ansinh.labour.LabourProgress;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * A commune's programme rolls up into its province's: the province reads each commune's programme of the year
 * — its tables as computed, its labour records and its approved reports, as the commune's dashboard does — and adds
 * them up. Nothing is copied: change a commune's figure and the province sees it. Only counted (summed) indicators
 * add up; rates are left to the tables.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceRollup {

    private final Units units;
    private final Programmes programmes;
    private final AnnexTables tables;
    private final LabourProgress progress;
    private final Indicators indicators;
    private final Achievements achievements;

    ProvinceRollup(Units units, Programmes programmes, AnnexTables tables, LabourProgress progress,
            Indicators indicators, Achievements achievements) {
        this.units = units;
        this.programmes = programmes;
        this.tables = tables;
        this.progress = progress;
        this.indicators = indicators;
        this.achievements = achievements;
    }

    /** The unit's children in force on 1 January of the year, each with what the scope reads of its programme. */
    public Rollup of(long unitId, int year, AccessScope scope) {
        LocalDate day = LocalDate.of(year, 1, 1);
        List<Rollup.Part> parts = new ArrayList<>();
        Map<Long, Indicator> used = new LinkedHashMap<>();
        for (AdministrativeUnit commune : units.members(unitId, year)) {
            if (commune.validOn(day)) {
                Optional<Programme> programme = programmes.ofYear(commune.id(), year, scope);
                Map<Long, Rollup.Figure> figures = programme.map(p -> figures(p.id(), year, scope, used)).orElse(Map.of());
                parts.add(new Rollup.Part(commune.id(), commune.name(), programme.map(Programme::id).orElse(null), figures));
            }
        }
        Map<Long, Rollup.Figure> total = new LinkedHashMap<>();
        parts.forEach(p -> p.figures().forEach((id, f) -> total.merge(id, f, Rollup.Figure::plus)));
        return new Rollup(unitId, year, List.copyOf(used.values()), parts, new Rollup.Part(null, null, null, total));
    }

    private Map<Long, Rollup.Figure> figures(long programmeId, int year, AccessScope scope, Map<Long, Indicator> used) {
        Reported reported = new Reported(achievements.of(programmeId, year, List.of(), LocalDate.of(year, 12, 31), scope));
        Map<Long, Rollup.Figure> figures = new LinkedHashMap<>();
        for (ComputedTable table : tables.allComputed(programmeId, scope)) {
            Map<String, ActualsTable.Actual> counted = progress.table(programmeId, table.code(), scope)
                    .map(a -> a.total().values()).orElse(Map.of());
            Map<Long, Indicator> summed = summed(table);
            for (ComputedColumn column : table.columns()) {
                Indicator indicator = summed.get(column.column().indicatorId());
                if (column.column().role() == ColumnRole.TARGET && indicator != null) {
                    used.putIfAbsent(indicator.id(), indicator);
                    Fraction target = table.total().value(column.code());
                    ActualsTable.Actual actual = counted.get(column.code());
                    figures.merge(indicator.id(), new Rollup.Figure(target == null ? null : target.round(0), null),
                            Rollup.Figure::plus);
                    if (actual != null) {
                        reported.counted(indicator.id(), BigDecimal.valueOf(actual.achieved()));
                    }
                }
            }
        }
        figures.replaceAll((id, f) -> new Rollup.Figure(f.target(), reported.of(id)));
        return figures;
    }

    /**
     * What a commune achieved per indicator: the labour records' count where they count it, else what the
     * latest approved reports of its villages (or, where no village reports it, of its organisations) give.
     */
    private static final class Reported {

        private final Achievements.Achieved achieved;
        private final Map<Long, BigDecimal> counted = new HashMap<>();

        Reported(Achievements.Achieved achieved) {
            this.achieved = achieved;
        }

        void counted(long indicatorId, BigDecimal amount) {
            counted.merge(indicatorId, amount, BigDecimal::add);
        }

        BigDecimal of(long indicatorId) {
            if (counted.containsKey(indicatorId)) {
                return counted.get(indicatorId);
            }
            BigDecimal units = sum(achieved.units(), indicatorId);
            return units != null ? units : sum(achieved.organisations(), indicatorId);
        }

        private static BigDecimal sum(Map<Long, Map<Long, BigDecimal>> byReporter, long indicatorId) {
            return byReporter.values().stream().map(figures -> figures.get(indicatorId)).filter(Objects::nonNull)
                    .reduce(BigDecimal::add).map(VietnameseNumbers::normalize).orElse(null);
        }
    }

    /** The table's indicators whose figures add up. */
    private Map<Long, Indicator> summed(ComputedTable table) {
        Map<Long, Indicator> found = new LinkedHashMap<>();
        indicators.byIds(table.columns().stream().map(c -> c.column().indicatorId()).filter(Objects::nonNull)
                .toList()).values().stream().filter(i -> i.aggregation() == Aggregation.SUM)
                .forEach(i -> found.put(i.id(), i));
        return found;
    }
}
