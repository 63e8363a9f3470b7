package vn.ansinh.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.labour.ActualsTable;
import vn.ansinh.labour.LabourProgress;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * A commune's programme rolls up into its province's: the province reads each commune's programme of the year
 * — its tables as computed and its labour records — and adds them up. Nothing is copied: change a commune's
 * figure and the province sees it. Only counted (summed) indicators add up; rates are left to the tables.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceRollup {

    private final Units units;
    private final Programmes programmes;
    private final AnnexTables tables;
    private final LabourProgress progress;
    private final Indicators indicators;

    ProvinceRollup(Units units, Programmes programmes, AnnexTables tables, LabourProgress progress,
            Indicators indicators) {
        this.units = units;
        this.programmes = programmes;
        this.tables = tables;
        this.progress = progress;
        this.indicators = indicators;
    }

    /** The unit's children in force on 1 January of the year, each with what the scope reads of its programme. */
    public Rollup of(long unitId, int year, AccessScope scope) {
        LocalDate day = LocalDate.of(year, 1, 1);
        List<Rollup.Part> parts = new ArrayList<>();
        Map<Long, Indicator> used = new LinkedHashMap<>();
        for (AdministrativeUnit commune : units.members(unitId, year)) {
            if (commune.validOn(day)) {
                Optional<Programme> programme = programmes.ofYear(commune.id(), year, scope);
                Map<Long, Rollup.Figure> figures = programme.map(p -> figures(p.id(), scope, used)).orElse(Map.of());
                parts.add(new Rollup.Part(commune.id(), commune.name(), programme.map(Programme::id).orElse(null), figures));
            }
        }
        Map<Long, Rollup.Figure> total = new LinkedHashMap<>();
        parts.forEach(p -> p.figures().forEach((id, f) -> total.merge(id, f, Rollup.Figure::plus)));
        return new Rollup(unitId, year, List.copyOf(used.values()), parts, new Rollup.Part(null, null, null, total));
    }

    private Map<Long, Rollup.Figure> figures(long programmeId, AccessScope scope, Map<Long, Indicator> used) {
        Map<Long, Rollup.Figure> figures = new LinkedHashMap<>();
        for (ComputedTable table : tables.allComputed(programmeId, scope)) {
            Map<String, ActualsTable.Actual> achieved = progress.table(programmeId, table.code(), scope)
                    .map(a -> a.total().values()).orElse(Map.of());
            Map<Long, Indicator> summed = summed(table);
            for (ComputedColumn column : table.columns()) {
                Indicator indicator = summed.get(column.column().indicatorId());
                if (column.column().role() == ColumnRole.TARGET && indicator != null) {
                    used.putIfAbsent(indicator.id(), indicator);
                    Fraction target = table.total().value(column.code());
                    ActualsTable.Actual actual = achieved.get(column.code());
                    figures.merge(indicator.id(), new Rollup.Figure(target == null ? null : target.round(0),
                            actual == null ? null : actual.achieved()), Rollup.Figure::plus);
                }
            }
        }
        return figures;
    }

    /** The table's indicators whose figures add up. */
    private Map<Long, Indicator> summed(ComputedTable table) {
        Map<Long, Indicator> found = new LinkedHashMap<>();
        indicators.byIds(table.columns().stream().map(c -> c.column().indicatorId()).filter(java.util.Objects::nonNull)
                .toList()).values().stream().filter(i -> i.aggregation() == Aggregation.SUM)
                .forEach(i -> found.put(i.id(), i));
        return found;
    }
}
