package vn.ansinh.households;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.OverriddenTable;
import vn.ansinh.households.internal.RegistryCountStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.Indicators;

/**
 * Annex tables from the registry: a commune whose registry is filled in for the programme's year (it
 * has households with a status that year) gets its inputs from the registry's counts, which are kept
 * current with every change — so a household changed shows in the table at once, with no rebuild.
 * Other communes keep their entered figures. Totals and rates are computed as for any table.
 */
@Service
@Transactional(readOnly = true)
public class RegistryTables {

    private final AnnexTables tables;
    private final Indicators indicators;
    private final RegistryCountStore counts;
    private final HouseholdsProperties properties;

    RegistryTables(AnnexTables tables, Indicators indicators, RegistryCountStore counts, HouseholdsProperties properties) {
        this.tables = tables;
        this.indicators = indicators;
        this.counts = counts;
        this.properties = properties;
    }

    /** Empty when there is no such table or the scope cannot read the programme. */
    public Optional<RegistryTable> table(long programmeId, String code, AccessScope scope) {
        return tables.computed(programmeId, code, scope).map(this::fromRegistry);
    }

    /**
     * The table from the registry under the units in force on the day (see {@link RegistryTableAsOf}); key shares
     * out a divided unit. Empty as {@link #table}; refused with {@code SplitRefusedException} when the key cannot be read.
     */
    public Optional<RegistryTableAsOf> asOf(long programmeId, String code, AccessScope scope, java.time.LocalDate day,
            vn.ansinh.annex.SplitKey key) {
        return table(programmeId, code, scope).map(t -> new RegistryTableAsOf(t, tables.regroup(t.registry(), day, key)));
    }

    private RegistryTable fromRegistry(ComputedTable entered) {
        List<Long> unitIds = entered.rows().stream().map(ComputedRow::unitId).toList();
        Map<Long, Map<RegistryMeasure, Long>> byUnit = counts.of(unitIds, entered.year());
        Map<Long, Map<Long, Long>> sponsored = counts.sponsored(unitIds, entered.year());
        Set<Long> filled = new HashSet<>();
        byUnit.forEach((unit, measures) -> {
            if (measures.getOrDefault(RegistryMeasure.HOUSEHOLDS, 0L) > 0) {
                filled.add(unit);
            }
        });
        Map<Long, RegistryMeasure> measures = measuresByIndicator(entered);
        OverriddenTable overridden = tables.withInputs(entered, (row, column) -> {
            RegistryMeasure measure = measures.get(column.indicatorId());
            return filled.contains(row.unitId()) && measure != null
                    ? Optional.of(BigDecimal.valueOf(registryValue(byUnit, sponsored, row.unitId(), measure,
                            column.organisationId())))
                    : Optional.empty();
        });
        List<RegistryTable.Difference> differences = overridden.differences().stream()
                .map(d -> new RegistryTable.Difference(d.unitId(), d.unit(), d.column(), d.label(), d.entered(), d.replaced()))
                .toList();
        return new RegistryTable(overridden.table(), entered, Set.copyOf(filled), differences);
    }

    /** The registry count of each indicator of the table that the configuration maps to one. */
    private Map<Long, RegistryMeasure> measuresByIndicator(ComputedTable table) {
        List<Long> ids = table.columns().stream().map(c -> c.column().indicatorId()).filter(Objects::nonNull).toList();
        Map<Long, RegistryMeasure> measures = new HashMap<>();
        indicators.byIds(ids).forEach((id, indicator) -> {
            RegistryMeasure measure = properties.registryFigures().get(indicator.code());
            if (measure != null) {
                measures.put(id, measure);
            }
        });
        return measures;
    }

    private static long registryValue(Map<Long, Map<RegistryMeasure, Long>> byUnit, Map<Long, Map<Long, Long>> sponsored,
            long unitId, RegistryMeasure measure, Long organisationId) {
        if (measure == RegistryMeasure.SPONSORED && organisationId != null) {
            return sponsored.getOrDefault(unitId, Map.of()).getOrDefault(organisationId, 0L);
        }
        return byUnit.getOrDefault(unitId, Map.of()).getOrDefault(measure, 0L);
    }
}
