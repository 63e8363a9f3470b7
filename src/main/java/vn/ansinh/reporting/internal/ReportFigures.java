package vn.ansinh.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.ansinh.attainment.ComputedTargets;
import vn.ansinh.attainment.RegisterSummaries;
import vn.ansinh.labour.LabourProperties;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.Monthly;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.reporting.ReportFigure;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.reporting.ReportingProperties;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * What a new report asks: a figure for each of the reporter's targets of the year — a commune's own,
 * and for the "k of n communes" targets of the coordinating unit whether it counts (1) or not (0); an
 * organisation's, over the communes — with what ansinh already knows filled in and marked: the labour
 * achievements of the commune's records or counts, and the exits from poverty its yearly review has
 * recorded (where the commune keeps its households in ansinh), from the start of the year to the period's end.
 */
@Component
public class ReportFigures {

    private final Programmes programmes;
    private final Indicators indicators;
    private final TargetValues targets;
    private final Units units;
    private final LabourRecords labour;
    private final LabourProperties labourProperties;
    private final RegistryFigures registry;
    private final ReportingProperties properties;
    private final ComputedTargets computed;
    private final RegisterSummaries registers;

    ReportFigures(Programmes programmes, Indicators indicators, TargetValues targets, Units units, LabourRecords labour,
            LabourProperties labourProperties, RegistryFigures registry, ReportingProperties properties,
            ComputedTargets computed, RegisterSummaries registers) {
        this.computed = computed;
        this.registers = registers;
        this.registry = registry;
        this.properties = properties;
        this.programmes = programmes;
        this.indicators = indicators;
        this.targets = targets;
        this.units = units;
        this.labour = labour;
        this.labourProperties = labourProperties;
    }

    public List<ReportFigure> initial(ReportingPeriod period, ReporterKind kind, long reporterId) {
        List<Indicator> all = indicators.all();
        return prefilled(period, kind, reporterId, all, targets(period, kind, reporterId).keySet());
    }

    /**
     * The reporter's targets of the year by indicator: a commune's own, and for a "k of n communes" target
     * the coordinating unit's n (its own figure is whether it counts); an organisation's over the communes.
     */
    public Map<Long, BigDecimal> targets(ReportingPeriod period, ReporterKind kind, long reporterId) {
        Programme programme = programmes.byId(period.programmeId(), AccessScope.everything()).orElseThrow();
        List<Indicator> all = indicators.all();
        List<Long> ids = all.stream().map(Indicator::id).toList();
        int year = programme.programmeYear();
        Map<Long, BigDecimal> set = new TreeMap<>();
        if (kind == ReporterKind.UNIT) {
            targets.targets(ids, List.of(reporterId), List.of(), year).forEach((k, amount) -> {
                if (k.organisationId() == null) {
                    set.put(k.indicatorId(), amount);
                }
            });
            List<Long> counted = all.stream().filter(i -> i.aggregation() == Aggregation.COUNT_UNITS).map(Indicator::id).toList();
            targets.targets(counted, List.of(programme.coordinatingUnitId()), List.of(), year)
                    .forEach((k, amount) -> set.put(k.indicatorId(), amount));
        } else {
            List<Long> units = new ArrayList<>(this.units.members(programme.coordinatingUnitId(), year).stream()
                    .map(AdministrativeUnit::id).toList());
            units.add(programme.coordinatingUnitId());
            targets.targets(ids, units, List.of(reporterId), year).forEach((k, amount) -> {
                if (Long.valueOf(reporterId).equals(k.organisationId())) {
                    // a target stated in words has no figure yet: asked, with none shown
                    set.put(k.indicatorId(), sum(set.get(k.indicatorId()), amount));
                }
            });
        }
        set.replaceAll((k, v) -> v == null ? null : VietnameseNumbers.normalize(v));
        return set;
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private List<ReportFigure> prefilled(ReportingPeriod period, ReporterKind kind, long reporterId, List<Indicator> all,
            Set<Long> asked) {
        Map<RecordKind, Monthly> achieved = kind == ReporterKind.UNIT
                ? labour.monthly(List.of(reporterId), period.year()).getOrDefault(reporterId, Map.of()) : Map.of();
        Function<String, Optional<BigDecimal>> fromRegisters = kind == ReporterKind.UNIT
                ? registers.figures(reporterId, period.endsOn()) : code -> Optional.empty();
        List<ReportFigure> figures = new ArrayList<>();
        for (Indicator indicator : all) {
            if (!asked.contains(indicator.id())) {
                continue;
            }
            RecordKind record = labourProperties.actuals().get(indicator.code());
            Monthly months = record == null ? null : achieved.get(record);
            BigDecimal known = months != null ? BigDecimal.valueOf(months.through(period.endsOn().getMonthValue()))
                    : fromRegistry(indicator, period, kind, reporterId, fromRegisters);
            figures.add(known == null ? new ReportFigure(indicator.id(), null, false)
                    : new ReportFigure(indicator.id(), known, true));
        }
        return figures;
    }

    /** What the registries know: a commune's (see {@link #communeFigure}); an organisation's sponsored exits. */
    private BigDecimal fromRegistry(Indicator indicator, ReportingPeriod period, ReporterKind kind, long reporterId,
            Function<String, Optional<BigDecimal>> fromRegisters) {
        if (kind == ReporterKind.UNIT) {
            return communeFigure(indicator, period, reporterId, fromRegisters);
        }
        if (!properties.sponsoredExits().contains(indicator.code())) {
            return null;
        }
        Programme programme = programmes.byId(period.programmeId(), AccessScope.everything()).orElseThrow();
        return decimal(registry.sponsoredExits(reporterId, units.members(programme.coordinatingUnitId(), period.year())
                .stream().map(AdministrativeUnit::id).toList(), period));
    }

    /**
     * A commune's: for a «k of n communes» target the registers decide (no poor household of people with merit,
     * child-friendly), whether it counts, 1 or 0; the exits from poverty its yearly review recorded; and what its
     * registers of people with merit and social protection count from the year's start to the period's end.
     */
    private BigDecimal communeFigure(Indicator indicator, ReportingPeriod period, long commune,
            Function<String, Optional<BigDecimal>> fromRegisters) {
        if (indicator.aggregation() == Aggregation.COUNT_UNITS) {
            return computed.meets(indicator.code(), commune, period.year()).map(m -> m ? BigDecimal.ONE : BigDecimal.ZERO)
                    .orElse(null);
        }
        if (properties.registryExits().contains(indicator.code())) {
            return decimal(registry.communeExits(commune, period));
        }
        return fromRegisters.apply(indicator.code()).orElse(null);
    }

    private static BigDecimal decimal(Long count) {
        return count == null ? null : BigDecimal.valueOf(count);
    }
}
