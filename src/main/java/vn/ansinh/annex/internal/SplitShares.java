package vn.ansinh.annex.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.SplitRefusedException;
import vn.ansinh.shared.Fraction;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.UnitLineage;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * The share of a divided unit each part takes: the part's figure of the key (the table's own household or
 * population column) over the parts' sum. The parts are usually younger than the table, so their figure is read
 * in the table's year or, failing that, the first later year up to the day that has one for every part.
 */
@Component
class SplitShares {

    private final Indicators indicators;
    private final TargetValues values;
    private final Units units;
    private final UnitNames names;

    SplitShares(Indicators indicators, TargetValues values, Units units, UnitNames names) {
        this.indicators = indicators;
        this.values = values;
        this.units = units;
        this.names = names;
    }

    /**
     * The share of each division's part, by (divided unit, part); refused when the key cannot be read — a table
     * without the key's column is refused even with nothing divided, so the choice is never silently ignored.
     */
    Map<UnitLineage.Division, Fraction> shares(AnnexTableDefinition table, SplitKey key, int fromYear, int toYear,
            Collection<UnitLineage.Division> divisions) {
        AnnexColumn column = keyColumn(table, key);
        if (divisions.isEmpty()) {
            return Map.of();
        }
        Set<Long> parts = divisions.stream().flatMap(d -> d.partIds().stream()).collect(Collectors.toSet());
        Map<Long, BigDecimal> figures = figures(column, key, parts, fromYear, toYear);
        Map<UnitLineage.Division, Fraction> shares = new HashMap<>();
        for (UnitLineage.Division division : divisions) {
            Fraction whole = division.partIds().stream().map(id -> Fraction.of(figures.get(id)))
                    .reduce(Fraction.ZERO, Fraction::plus);
            if (whole.isZero()) {
                throw new SplitRefusedException("annex.asOf.split.noFigures." + key.parameter(), partNames(division.partIds()));
            }
            shares.put(division, Fraction.of(figures.get(division.partId())).dividedBy(whole));
        }
        return shares;
    }

    private AnnexColumn keyColumn(AnnexTableDefinition table, SplitKey key) {
        List<AnnexColumn> inputs = table.columns().stream().filter(c -> c.role().isInput() && c.organisationId() == null)
                .toList();
        var byId = indicators.byIds(inputs.stream().map(AnnexColumn::indicatorId).distinct().toList());
        return inputs.stream().filter(c -> byId.containsKey(c.indicatorId()) && key.heldBy(byId.get(c.indicatorId()).code()))
                .findFirst().orElseThrow(() -> new SplitRefusedException("annex.asOf.split.noColumn." + key.parameter()));
    }

    /** Each part's figure from the first year, from the table's on, in which every part has one. */
    private Map<Long, BigDecimal> figures(AnnexColumn column, SplitKey key, Set<Long> parts, int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            Map<FigureKey, BigDecimal> found = column.role() == ColumnRole.BASELINE
                    ? values.baselines(List.of(column.indicatorId()), parts, List.of(), year)
                    : values.targets(List.of(column.indicatorId()), parts, List.of(), year);
            Map<Long, BigDecimal> byUnit = new HashMap<>();
            found.forEach((k, v) -> byUnit.put(k.unitId(), v));
            if (byUnit.keySet().containsAll(parts)) {
                return byUnit;
            }
        }
        throw new SplitRefusedException("annex.asOf.split.noFigures." + key.parameter(), partNames(parts));
    }

    private String partNames(Collection<Long> ids) {
        return units.byIds(ids).values().stream().map(names::title).sorted().collect(Collectors.joining(", "));
    }
}
