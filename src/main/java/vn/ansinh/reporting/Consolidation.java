package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.labour.LabourProperties;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.Monthly;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.responsibility.DepartmentCut;
import vn.ansinh.responsibility.Responsibilities;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;

/** The consolidated report of a period: only approved reports count, each once. */
@Service
@Transactional(readOnly = true)
public class Consolidation {

    private final Reports reports;
    private final Reporters reporters;
    private final Indicators indicators;
    private final TargetValues targets;
    private final Programmes programmes;
    private final LabourRecords labour;
    private final LabourProperties labourProperties;
    private final Responsibilities responsibilities;

    Consolidation(Reports reports, Reporters reporters, Indicators indicators, TargetValues targets, Programmes programmes,
            LabourRecords labour, LabourProperties labourProperties, Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
        this.labour = labour;
        this.labourProperties = labourProperties;
        this.reports = reports;
        this.reporters = reporters;
        this.indicators = indicators;
        this.targets = targets;
        this.programmes = programmes;
    }

    public ConsolidatedReport of(long programmeId, String periodCode, AccessScope scope) {
        return of(programmeId, periodCode, scope, null);
    }

    /**
     * Cut by the department with the code (blank: no cut): only the lines of the indicators it was responsible
     * for in the programme's year; the reporters' difficulties and proposals stay whole. A department with no part
     * that year is refused.
     */
    public ConsolidatedReport of(long programmeId, String periodCode, AccessScope scope, String department) {
        Programme programme = programmes.byId(programmeId, scope).orElseThrow(() -> new ReportNotFoundException(programmeId));
        ReportingPeriod period = reports.periods(programmeId, scope).stream().filter(p -> p.code().equals(periodCode))
                .findFirst().orElseThrow(() -> new ReportNotFoundException(programmeId));
        List<Reporters.Reporter> expected = reporters.of(programmeId, scope);
        Map<String, String> names = new HashMap<>();
        expected.forEach(r -> names.put(r.kind() + "/" + r.id(), r.name()));
        List<Report> approved = reports.ofPeriod(period.id(), scope).stream()
                .filter(r -> r.state() == ReportState.APPROVED).toList();
        Map<String, BigDecimal> before = before(programmeId, period, scope);
        Map<Long, BigDecimal[]> sums = new LinkedHashMap<>();
        List<ConsolidatedReport.Note> notes = new ArrayList<>();
        for (Report report : approved) {
            int side = report.reporterKind() == ReporterKind.UNIT ? 0 : 1;
            for (ReportFigure figure : report.figures()) {
                if (figure.amount() != null) {
                    // a side no approved report gave a figure for stays null: "not reported", not 0
                    BigDecimal[] sum = sums.computeIfAbsent(figure.indicatorId(), k -> new BigDecimal[4]);
                    add(sum, side, figure.amount());
                    add(sum, side + 2, figure.amount().subtract(before.getOrDefault(key(report, figure.indicatorId()),
                            BigDecimal.ZERO)));
                }
            }
            if (report.difficulties() != null || report.proposals() != null) {
                notes.add(new ConsolidatedReport.Note(names.getOrDefault(report.reporterKind() + "/" + report.reporterId(),
                        String.valueOf(report.reporterId())), report.difficulties(), report.proposals()));
            }
        }
        int communes = (int) expected.stream().filter(r -> r.kind() == ReporterKind.UNIT).count();
        DepartmentCut cut = responsibilities.cut(department, programme.programmeYear());
        return new ConsolidatedReport(programmeId, period.code(), approved.size(), expected.size(),
                lines(programme, sums, expected, communes, fromRecords(programme, period, expected)).stream()
                        .filter(l -> cut.keeps(indicators.byCode(l.code()).map(Indicator::domain).orElse(null), l.code()))
                        .toList(), notes);
    }

    /**
     * Each reporter's figures as its latest approved report of a period ended before this one began gave
     * them: what the period's own figure (its increment) is counted from.
     */
    private Map<String, BigDecimal> before(long programmeId, ReportingPeriod period, AccessScope scope) {
        Map<String, BigDecimal> before = new HashMap<>();
        reports.periods(programmeId, scope).stream().filter(p -> p.endsOn().isBefore(period.startsOn()))
                .sorted(java.util.Comparator.comparing(ReportingPeriod::endsOn).thenComparing(ReportingPeriod::kind))
                .forEach(p -> reports.ofPeriod(p.id(), scope).stream().filter(r -> r.state() == ReportState.APPROVED)
                        .forEach(r -> r.figures().stream().filter(f -> f.amount() != null)
                                .forEach(f -> before.put(key(r, f.indicatorId()), f.amount()))));
        return before;
    }

    private static String key(Report report, long indicatorId) {
        return report.reporterKind() + "/" + report.reporterId() + "/" + indicatorId;
    }

    private static void add(BigDecimal[] sum, int at, BigDecimal amount) {
        sum[at] = sum[at] == null ? amount : sum[at].add(amount);
    }

    /**
     * For the labour targets, what the communes' labour records (or counts) give from the start of the year to
     * the period's end — what the dashboard counts — to be shown beside the approved reports' figure.
     */
    private Map<Long, BigDecimal> fromRecords(Programme programme, ReportingPeriod period, List<Reporters.Reporter> expected) {
        List<Long> communes = ids(expected, ReporterKind.UNIT);
        Map<Long, Map<RecordKind, Monthly>> records = labour.monthly(communes, programme.programmeYear());
        int through = period.endsOn().getYear() > programme.programmeYear() ? 12 : period.endsOn().getMonthValue();
        Map<Long, BigDecimal> figures = new HashMap<>();
        labourProperties.actuals().forEach((code, kind) -> indicators.byCode(code).ifPresent(i -> figures.put(i.id(),
                BigDecimal.valueOf(communes.stream().map(u -> records.getOrDefault(u, Map.of()).get(kind))
                        .filter(m -> m != null).mapToLong(m -> m.through(through)).sum()))));
        return figures;
    }

    private List<ConsolidatedReport.Line> lines(Programme programme, Map<Long, BigDecimal[]> sums,
            List<Reporters.Reporter> expected, int communes, Map<Long, BigDecimal> fromRecords) {
        Map<Long, Indicator> byId = indicators.byIds(sums.keySet());
        List<Long> units = new ArrayList<>(ids(expected, ReporterKind.UNIT));
        units.add(programme.coordinatingUnitId());
        Map<FigureKey, BigDecimal> set = targets.targets(sums.keySet(), units, ids(expected, ReporterKind.ORGANISATION),
                programme.programmeYear());
        List<ConsolidatedReport.Line> lines = new ArrayList<>();
        sums.forEach((id, sum) -> {
            Indicator indicator = byId.get(id);
            boolean counted = indicator.aggregation() == Aggregation.COUNT_UNITS;
            BigDecimal target = counted ? set.get(new FigureKey(id, programme.coordinatingUnitId(), null))
                    : yearTarget(set, id, programme.coordinatingUnitId());
            lines.add(new ConsolidatedReport.Line(id, indicator.code(), indicator.nameVi(), indicator.measure(), counted,
                    sum[0], sum[1], counted ? null : sum[2], counted ? null : sum[3], target, communes,
                    sum[0] == null ? null : fromRecords.get(id)));
        });
        return lines;
    }

    /** The communes' targets added up; for an indicator only organisations are given (Biểu 3), theirs. */
    private static BigDecimal yearTarget(Map<FigureKey, BigDecimal> set, long indicatorId, long coordinatingUnit) {
        BigDecimal communes = total(set, k -> k.indicatorId() == indicatorId && k.organisationId() == null
                && k.unitId() != coordinatingUnit);
        return communes != null ? communes : total(set, k -> k.indicatorId() == indicatorId && k.organisationId() != null);
    }

    private static BigDecimal total(Map<FigureKey, BigDecimal> set, java.util.function.Predicate<FigureKey> which) {
        return set.entrySet().stream().filter(e -> which.test(e.getKey()) && e.getValue() != null).map(Map.Entry::getValue)
                .reduce(BigDecimal::add).orElse(null);
    }

    private static List<Long> ids(List<Reporters.Reporter> reporters, ReporterKind kind) {
        return reporters.stream().filter(r -> r.kind() == kind).map(Reporters.Reporter::id).toList();
    }
}
