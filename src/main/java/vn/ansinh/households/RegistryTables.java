package vn.ansinh.households;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.households.internal.RegistryCountStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
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
        Map<String, RegistryMeasure> measures = measuresByColumn(entered);
        Map<ColumnRole, Map<FigureKey, BigDecimal>> inputs = Map.of(ColumnRole.BASELINE, new HashMap<>(),
                ColumnRole.TARGET, new HashMap<>());
        List<RegistryTable.Difference> differences = new ArrayList<>();
        for (ComputedRow row : entered.rows()) {
            for (ComputedColumn column : entered.columns()) {
                AnnexColumn input = column.column();
                if (!input.role().isInput()) {
                    continue;
                }
                BigDecimal value = exact(row.value(column.code()));
                RegistryMeasure measure = measures.get(column.code());
                if (filled.contains(row.unitId()) && measure != null) {
                    BigDecimal registry = BigDecimal.valueOf(registryValue(byUnit, sponsored, row.unitId(), measure,
                            input.organisationId()));
                    if (value == null || value.compareTo(registry) != 0) {
                        differences.add(new RegistryTable.Difference(row.unitId(), row.label(), column.code(),
                                column.label(), value, registry));
                    }
                    value = registry;
                }
                if (value != null) {
                    inputs.get(input.role()).put(new FigureKey(input.indicatorId(), row.unitId(), input.organisationId()), value);
                }
            }
        }
        AnnexTableDefinition definition = withoutPrintedFigures(entered.definition());
        ComputedTable registry = tables.computeWith(definition, entered.year(), entered.complete(),
                inputs.get(ColumnRole.BASELINE), inputs.get(ColumnRole.TARGET));
        return new RegistryTable(registry, entered, Set.copyOf(filled), differences);
    }

    private Map<String, RegistryMeasure> measuresByColumn(ComputedTable table) {
        List<Long> ids = table.columns().stream().map(c -> c.column().indicatorId()).filter(Objects::nonNull).toList();
        Map<Long, Indicator> byId = indicators.byIds(ids);
        Map<String, RegistryMeasure> measures = new HashMap<>();
        for (ComputedColumn column : table.columns()) {
            Indicator indicator = column.column().indicatorId() == null ? null : byId.get(column.column().indicatorId());
            RegistryMeasure measure = indicator == null ? null : properties.registryFigures().get(indicator.code());
            if (measure != null) {
                measures.put(column.code(), measure);
            }
        }
        return measures;
    }

    private static long registryValue(Map<Long, Map<RegistryMeasure, Long>> byUnit, Map<Long, Map<Long, Long>> sponsored,
            long unitId, RegistryMeasure measure, Long organisationId) {
        if (measure == RegistryMeasure.SPONSORED && organisationId != null) {
            return sponsored.getOrDefault(unitId, Map.of()).getOrDefault(organisationId, 0L);
        }
        return byUnit.getOrDefault(unitId, Map.of()).getOrDefault(measure, 0L);
    }

    private static AnnexTableDefinition withoutPrintedFigures(AnnexTableDefinition d) {
        return new AnnexTableDefinition(d.programmeId(), d.code(), d.title(), d.totalLabel(), d.header(), d.columns(),
                d.rows(), Map.of(), d.checks(), d.notes());
    }

    private static BigDecimal exact(Fraction value) {
        return value == null ? null
                : new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator())).stripTrailingZeros();
    }
}
