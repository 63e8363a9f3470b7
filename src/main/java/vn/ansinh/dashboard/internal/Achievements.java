package vn.ansinh.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.labour.LabourProperties;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.Monthly;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportFigure;
import vn.ansinh.reporting.ReportState;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;

/**
 * What each commune and organisation has achieved so far. Labour targets come from the labour records
 * (or counts), as they are kept day by day; every other figure from the reporter's latest approved
 * report — reports give figures from the start of the year, so the latest one holds them all.
 */
@Component
public class Achievements {

    private final Reports reports;
    private final LabourRecords labour;
    private final LabourProperties labourProperties;
    private final Indicators indicators;

    Achievements(Reports reports, LabourRecords labour, LabourProperties labourProperties, Indicators indicators) {
        this.reports = reports;
        this.labour = labour;
        this.labourProperties = labourProperties;
        this.indicators = indicators;
    }

    public Achieved of(long programmeId, int year, List<Long> communes, LocalDate asOf, AccessScope scope) {
        Map<Long, RecordKind> kinds = labourKinds();
        List<ReportingPeriod> periods = new ArrayList<>(reports.periods(programmeId, scope));
        periods.sort(Comparator.comparing(ReportingPeriod::endsOn).thenComparing(ReportingPeriod::kind));
        Map<Long, List<Report>> approved = new HashMap<>();
        periods.forEach(p -> approved.put(p.id(), reports.ofPeriod(p.id(), scope).stream()
                .filter(r -> r.state() == ReportState.APPROVED).toList()));
        Latest latest = new Latest();
        List<Map<Long, BigDecimal>> monthEnds = new ArrayList<>();
        int applied = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            while (applied < periods.size() && !periods.get(applied).endsOn().isAfter(end)) {
                approved.get(periods.get(applied++).id()).forEach(latest::take);
            }
            monthEnds.add(LocalDate.of(year, month, 1).isAfter(asOf) ? null : latest.unitTotals());
        }
        while (applied < periods.size()) {
            approved.get(periods.get(applied++).id()).forEach(latest::take);
        }
        Map<Long, List<BigDecimal>> monthly = new HashMap<>();
        for (long indicator : latest.seen) {
            monthly.put(indicator, monthEnds.stream().map(totals -> totals == null ? null
                    : totals.getOrDefault(indicator, BigDecimal.ZERO)).toList());
        }
        Map<Long, Map<Long, BigDecimal>> reported = reportedLabour(latest.units, kinds.keySet());
        fromRecords(communes, year, kinds, latest.units, monthly, asOf);
        return new Achieved(latest.units, latest.organisations, kinds.keySet(), monthly, reported);
    }

    /** What the approved reports gave for the labour targets, before the records take their place. */
    private static Map<Long, Map<Long, BigDecimal>> reportedLabour(Map<Long, Map<Long, BigDecimal>> units,
            Set<Long> labourIndicators) {
        Map<Long, Map<Long, BigDecimal>> reported = new HashMap<>();
        units.forEach((unit, figures) -> figures.forEach((indicator, amount) -> {
            if (labourIndicators.contains(indicator)) {
                reported.computeIfAbsent(unit, k -> new HashMap<>()).put(indicator, amount);
            }
        }));
        return reported;
    }

    private void fromRecords(List<Long> communes, int year, Map<Long, RecordKind> kinds, Map<Long, Map<Long, BigDecimal>> units,
            Map<Long, List<BigDecimal>> monthly, LocalDate asOf) {
        Map<Long, Map<RecordKind, Monthly>> records = labour.monthly(communes, year);
        kinds.forEach((indicator, kind) -> {
            List<BigDecimal> series = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                int through = month;
                series.add(LocalDate.of(year, month, 1).isAfter(asOf) ? null : BigDecimal.valueOf(communes.stream()
                        .map(u -> records.getOrDefault(u, Map.of()).get(kind)).filter(m -> m != null)
                        .mapToLong(m -> m.through(through)).sum()));
            }
            monthly.put(indicator, series);
            for (long unit : communes) {
                Monthly achieved = records.getOrDefault(unit, Map.of()).get(kind);
                units.computeIfAbsent(unit, k -> new HashMap<>()).put(indicator,
                        BigDecimal.valueOf(achieved == null ? 0 : achieved.total()));
            }
        });
    }

    private Map<Long, RecordKind> labourKinds() {
        Map<Long, RecordKind> kinds = new HashMap<>();
        labourProperties.actuals().forEach((code, kind) -> indicators.byCode(code).map(Indicator::id)
                .ifPresent(id -> kinds.put(id, kind)));
        return kinds;
    }

    /**
     * units, organisations: achieved by reporter and indicator; fromRecords: the indicators the labour records
     * give; monthly: per indicator the communes' total to the end of each month (null for months to come);
     * reported: for those indicators, what each commune's latest approved report gave instead (not counted).
     */
    public record Achieved(Map<Long, Map<Long, BigDecimal>> units, Map<Long, Map<Long, BigDecimal>> organisations,
            Set<Long> fromRecords, Map<Long, List<BigDecimal>> monthly, Map<Long, Map<Long, BigDecimal>> reported) {

        /** The communes' total of what their approved reports gave for a target counted from the records; null when none did. */
        public BigDecimal reported(List<Long> unitIds, long indicatorId) {
            List<BigDecimal> given = unitIds.stream().map(u -> reported.getOrDefault(u, Map.of()).get(indicatorId))
                    .filter(v -> v != null).toList();
            return given.isEmpty() ? null : VietnameseNumbers.normalize(given.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        public BigDecimal unit(long unitId, long indicatorId) {
            return units.getOrDefault(unitId, Map.of()).get(indicatorId);
        }

        public BigDecimal organisation(long organisationId, long indicatorId) {
            return organisations.getOrDefault(organisationId, Map.of()).get(indicatorId);
        }
    }

    /** The figures of each reporter's latest approved report, as the reports are taken in the order of their periods. */
    private static final class Latest {
        final Map<Long, Map<Long, BigDecimal>> units = new HashMap<>();
        final Map<Long, Map<Long, BigDecimal>> organisations = new HashMap<>();
        final Set<Long> seen = new HashSet<>();

        void take(Report report) {
            Map<Long, BigDecimal> figures = (report.reporterKind() == ReporterKind.UNIT ? units : organisations)
                    .computeIfAbsent(report.reporterId(), k -> new HashMap<>());
            for (ReportFigure figure : report.figures()) {
                if (figure.amount() != null) {
                    figures.put(figure.indicatorId(), VietnameseNumbers.normalize(figure.amount()));
                    seen.add(figure.indicatorId());
                }
            }
        }

        Map<Long, BigDecimal> unitTotals() {
            Map<Long, BigDecimal> totals = new HashMap<>();
            units.values().forEach(figures -> figures.forEach((indicator, amount) -> totals.merge(indicator, amount,
                    BigDecimal::add)));
            return totals;
        }
    }
}
