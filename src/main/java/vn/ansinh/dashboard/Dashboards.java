package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.dashboard.internal.Achievements;
import vn.ansinh.dashboard.internal.Achievements.Achieved;
import vn.ansinh.dashboard.internal.Standings;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reporters;
import vn.ansinh.responsibility.DepartmentCut;
import vn.ansinh.responsibility.Responsibilities;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;

/** Builds the leaders' dashboard of a programme as the caller's scope sees it (their communes only). */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    private static final Fraction HUNDRED = Fraction.of(100);

    private final Programmes programmes;
    private final Reporters reporters;
    private final Indicators indicators;
    private final TargetValues targets;
    private final AnnexTables tables;
    private final Achievements achievements;
    private final DashboardProperties properties;
    private final Responsibilities responsibilities;
    private final Clock clock;

    Dashboards(Programmes programmes, Reporters reporters, Indicators indicators, TargetValues targets, AnnexTables tables,
            Achievements achievements, DashboardProperties properties, Responsibilities responsibilities, Clock clock) {
        this.programmes = programmes;
        this.reporters = reporters;
        this.indicators = indicators;
        this.targets = targets;
        this.tables = tables;
        this.achievements = achievements;
        this.properties = properties;
        this.responsibilities = responsibilities;
        this.clock = clock;
    }

    /** Empty when there is no such programme or the scope cannot read it. */
    public Optional<Dashboard> of(long programmeId, AccessScope scope) {
        return of(programmeId, scope, null);
    }

    /**
     * Cut by the department with the code (blank: no cut): only the targets, series, tables and rankings of the
     * indicators it was responsible for in the programme's year. A department with no part that year is refused.
     */
    public Optional<Dashboard> of(long programmeId, AccessScope scope, String department) {
        return programmes.byId(programmeId, scope).map(programme -> {
            DepartmentCut cut = responsibilities.cut(department, programme.programmeYear());
            return build(programme, scope, i -> cut.keeps(i.domain(), i.code()));
        });
    }

    private Dashboard build(Programme programme, AccessScope scope, Predicate<Indicator> kept) {
        int year = programme.programmeYear();
        LocalDate asOf = LocalDate.now(clock);
        List<Reporters.Reporter> all = reporters.of(programme.id(), scope);
        List<Reporters.Reporter> communes = all.stream().filter(r -> r.kind() == ReporterKind.UNIT).toList();
        List<Reporters.Reporter> organisations = all.stream().filter(r -> r.kind() == ReporterKind.ORGANISATION).toList();
        Achieved achieved = achievements.of(programme.id(), year, ids(communes), asOf, scope);
        Goals goals = new Goals(programme, ids(communes), ids(organisations),
                programmes.readsWhole(programme, scope) ? null : communes.size(), kept);
        BigDecimal expected = Pace.expectedPercent(year, asOf);
        List<Dashboard.TargetProgress> progress = new ArrayList<>();
        List<Indicator> counted = new ArrayList<>();
        for (Indicator indicator : indicators.all().stream().filter(kept).toList()) {
            goals.progress(indicator, achieved, expected).ifPresent(progress::add);
            if (indicator.aggregation() == Aggregation.SUM && goals.communeTarget(indicator.id()) != null) {
                counted.add(indicator);
            }
        }
        Dashboard.PlanTable plan = PlanTables.of(counted, communes, goals::communeTarget, goals::targetOf, achieved);
        return new Dashboard(programme.id(), year, asOf, expected, asOf.getYear() > year, progress,
                povertyRates(programme.id(), scope, kept), trend(achieved, kept), plan, PlanTables.communeStandings(plan),
                Standings.rank(organisations.stream().map(o -> new Standings.Entry(o.id(), o.name(),
                        goals.organisationPercents(o.id(), achieved))).toList()));
    }

    /** The rate's part ÷ whole × 100 per commune, from the first annex table that has both (Biểu 2). */
    private List<Dashboard.CommuneRate> povertyRates(long programmeId, AccessScope scope, Predicate<Indicator> kept) {
        Optional<Indicator> rate = indicators.byCode(properties.povertyRate())
                .filter(i -> i.partId() != null && i.wholeId() != null && kept.test(i));
        for (ComputedTable table : rate.isEmpty() ? List.<ComputedTable>of() : tables.allComputed(programmeId, scope)) {
            Optional<String> part = columnOf(table, rate.get().partId());
            Optional<String> whole = columnOf(table, rate.get().wholeId());
            if (part.isPresent() && whole.isPresent()) {
                return table.rows().stream().filter(r -> r.unitId() != null).map(r -> new Dashboard.CommuneRate(r.unitId(),
                        r.label(), rate(r.value(part.get()), r.value(whole.get())))).toList();
            }
        }
        return List.of();
    }

    private static Optional<String> columnOf(ComputedTable table, long indicatorId) {
        return table.columns().stream().filter(c -> Long.valueOf(indicatorId).equals(c.column().indicatorId()))
                .map(ComputedColumn::code).findFirst();
    }

    private static BigDecimal rate(Fraction part, Fraction whole) {
        return part == null || whole == null || whole.isZero() ? null
                : part.times(HUNDRED).dividedBy(whole).round(VietnameseNumbers.RATE_SCALE);
    }

    private Dashboard.Trend trend(Achieved achieved, Predicate<Indicator> kept) {
        List<Dashboard.Series> series = new ArrayList<>();
        for (String code : properties.trend()) {
            indicators.byCode(code).filter(kept).ifPresent(i -> series.add(new Dashboard.Series(i.code(), i.nameVi(),
                    achieved.monthly().getOrDefault(i.id(), zeros(achieved)))));
        }
        return new Dashboard.Trend(series);
    }

    /** A series nobody reported yet: 0 where the months of the other series have a figure. */
    private static List<BigDecimal> zeros(Achieved achieved) {
        List<BigDecimal> shape = achieved.monthly().values().stream().findFirst().orElse(null);
        List<BigDecimal> zeros = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            zeros.add(shape == null || shape.get(month) != null ? BigDecimal.ZERO : null);
        }
        return zeros;
    }

    private static List<Long> ids(List<Reporters.Reporter> reporters) {
        return reporters.stream().map(Reporters.Reporter::id).toList();
    }

    /** The year's targets of the programme seen through the caller's communes and organisations. */
    private final class Goals {
        private final Programme programme;
        private final List<Long> communes;
        private final List<Long> organisations;
        private final Integer communesSeen;
        private final Map<FigureKey, BigDecimal> set;

        Goals(Programme programme, List<Long> communes, List<Long> organisations, Integer communesSeenOrNullIfWhole,
                Predicate<Indicator> kept) {
            this.programme = programme;
            this.communes = communes;
            this.organisations = organisations;
            this.communesSeen = communesSeenOrNullIfWhole;
            List<Long> units = new ArrayList<>(communes);
            units.add(programme.coordinatingUnitId());
            this.set = targets.targets(indicators.all().stream().filter(kept).map(Indicator::id).toList(), units, organisations,
                    programme.programmeYear());
        }

        BigDecimal communeTarget(long indicator) {
            return total(k -> k.indicatorId() == indicator && k.organisationId() == null
                    && k.unitId() != programme.coordinatingUnitId());
        }

        BigDecimal targetOf(long indicator, long unit) {
            return VietnameseNumbers.normalize(set.get(new FigureKey(indicator, unit, null)));
        }

        Optional<Dashboard.TargetProgress> progress(Indicator indicator, Achieved achieved, BigDecimal expected) {
            long id = indicator.id();
            BigDecimal target;
            BigDecimal done;
            if (indicator.aggregation() == Aggregation.COUNT_UNITS) {
                target = targetOf(id, programme.coordinatingUnitId());
                target = target == null || communesSeen == null ? target : BigDecimal.valueOf(communesSeen);
                done = BigDecimal.valueOf(communes.stream().map(u -> achieved.unit(u, id))
                        .filter(v -> v != null && v.compareTo(BigDecimal.ONE) >= 0).count());
            } else if (indicator.aggregation() == Aggregation.SUM && communeTarget(id) != null) {
                target = communeTarget(id);
                done = sum(communes.stream().map(u -> achieved.unit(u, id)).toList());
            } else {
                target = total(k -> k.indicatorId() == id && k.organisationId() != null);
                done = sum(organisations.stream().map(o -> achieved.organisation(o, id)).toList());
            }
            if (target == null || indicator.aggregation() == Aggregation.RATE) {
                return Optional.empty();
            }
            BigDecimal percent = Pace.percent(done, target);
            boolean records = achieved.fromRecords().contains(id);
            return Optional.of(new Dashboard.TargetProgress(indicator.code(), indicator.nameVi(), indicator.measure(),
                    records ? "RECORDS" : "REPORTS", target, done, percent,
                    Pace.of(percent, expected, properties.slightlyBehindFrom()),
                    records && indicator.aggregation() == Aggregation.SUM ? achieved.reported(communes, id) : null));
        }

        List<BigDecimal> organisationPercents(long organisation, Achieved achieved) {
            List<BigDecimal> percents = new ArrayList<>();
            set.keySet().stream().filter(k -> Long.valueOf(organisation).equals(k.organisationId()))
                    .map(FigureKey::indicatorId).distinct().forEach(indicator -> {
                        BigDecimal target = total(k -> k.indicatorId() == indicator
                                && Long.valueOf(organisation).equals(k.organisationId()));
                        BigDecimal percent = Pace.percent(achieved.organisation(organisation, indicator), target);
                        if (percent != null) {
                            percents.add(percent);
                        }
                    });
            return percents;
        }

        private BigDecimal total(Predicate<FigureKey> which) {
            return set.entrySet().stream().filter(e -> which.test(e.getKey()) && e.getValue() != null)
                    .map(Map.Entry::getValue).reduce(BigDecimal::add).map(VietnameseNumbers::normalize).orElse(null);
        }

        private static BigDecimal sum(List<BigDecimal> values) {
            return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
