package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.reporting.internal.ReportFigures;
import vn.ansinh.reporting.internal.ReportStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;

/**
 * Periodic reports of a programme: its periods, each commune's and organisation's report for a period
 * and the steps of its workflow. Who may do what: the reporter's officers edit and submit; the
 * coordinating office (administrators) approves, returns and reopens. Every step is saved over the
 * version the user read: a step over someone else's newer save is refused, naming who and when.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ReportStore store;
    private final ReportFigures figures;
    private final Programmes programmes;
    private final ReportingProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Indicators indicators;

    Reports(ReportStore store, ReportFigures figures, Programmes programmes, ReportingProperties properties, Clock clock,
            ApplicationEventPublisher events, Indicators indicators) {
        this.indicators = indicators;
        this.store = store;
        this.figures = figures;
        this.programmes = programmes;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** The programme's periods: months, quarters and the year, in order. */
    public List<ReportingPeriod> periods(long programmeId, AccessScope scope) {
        programmes.byId(programmeId, scope).orElseThrow(() -> new ReportNotFoundException(programmeId));
        return store.periods(programmeId);
    }

    /** Gives the programme the periods of its year it does not have yet (a new programme gets them all). */
    @Transactional
    public List<ReportingPeriod> createPeriods(long programmeId) {
        Programme programme = programmes.byId(programmeId, AccessScope.everything())
                .orElseThrow(() -> new ReportNotFoundException(programmeId));
        List<String> existing = store.periods(programmeId).stream().map(ReportingPeriod::code).toList();
        newPeriods(programmeId, programme.programmeYear()).stream().filter(p -> !existing.contains(p.code()))
                .forEach(store::insertPeriod);
        return store.periods(programmeId);
    }

    /**
     * Gives every programme the periods it lacks — those imported before ansinh had reports — so that an
     * upgraded database reports like a new one. Returns how many programmes got periods.
     */
    @Transactional
    public int createMissingPeriods() {
        int filled = 0;
        for (Programme programme : programmes.all()) {
            if (store.periods(programme.id()).isEmpty()) {
                createPeriods(programme.id());
                filled++;
            }
        }
        return filled;
    }

    /** The reporter's report for the period: the one there is, or a new draft with what ansinh knows filled in. */
    @Transactional
    public Report open(long periodId, ReporterKind kind, long reporterId, String user, AccessScope scope) {
        ReportingPeriod period = readablePeriod(periodId, scope);
        requireReporter(kind, reporterId, scope);
        return store.of(periodId, kind, reporterId).orElseGet(() -> {
            Report draft = Report.draft(periodId, kind, reporterId, figures.initial(period, kind, reporterId), user,
                    clock.instant());
            Report saved = withId(draft, store.insert(draft));
            events.publishEvent(new ReportChanged(unitOf(saved), null, saved));
            return saved;
        });
    }

    /** The report's reporter's targets of the year by indicator, to show beside its figures. */
    public Map<Long, BigDecimal> targetsOf(Report report, AccessScope scope) {
        return figures.targets(readablePeriod(report.periodId(), scope), report.reporterKind(), report.reporterId());
    }

    public Report byId(long id, AccessScope scope) {
        Report report = store.byId(id).orElseThrow(() -> new ReportNotFoundException(id));
        readablePeriod(report.periodId(), scope);
        if (!canRead(report, scope)) {
            throw new ReportNotFoundException(id);
        }
        return report;
    }

    public List<Report> ofPeriod(long periodId, AccessScope scope) {
        readablePeriod(periodId, scope);
        return store.ofPeriod(periodId).stream().filter(r -> canRead(r, scope)).toList();
    }

    /** Saves figures and texts: amounts by indicator (a figure changed by hand is no longer pre-filled). */
    @Transactional
    public Report save(long id, int version, Map<Long, BigDecimal> amounts, String difficulties, String proposals,
            String user, AccessScope scope) {
        return step(id, version, scope, false, report -> report.edit(changed(report, amounts), text(difficulties),
                text(proposals), user, clock.instant()));
    }

    /** Saves what the form holds and submits it, at once: what a reporter typed before "Gửi" is not lost. */
    @Transactional
    public Report saveAndSubmit(long id, int version, Map<Long, BigDecimal> amounts, String difficulties, String proposals,
            String user, AccessScope scope) {
        Report saved = save(id, version, amounts, difficulties, proposals, user, scope);
        return submit(id, saved.version(), user, scope);
    }

    @Transactional
    public Report submit(long id, int version, String user, AccessScope scope) {
        return step(id, version, scope, false, report -> report.submit(user, clock.instant()));
    }

    @Transactional
    public Report approve(long id, int version, String user, AccessScope scope) {
        return step(id, version, scope, true, report -> report.approve(user, clock.instant()));
    }

    @Transactional
    public Report returnWith(long id, int version, String comment, String user, AccessScope scope) {
        return step(id, version, scope, true, report -> report.returnWith(comment, user, clock.instant()));
    }

    @Transactional
    public Report reopen(long id, int version, String reason, String user, AccessScope scope) {
        return step(id, version, scope, true, report -> report.reopen(reason, user, clock.instant()));
    }

    private Report step(long id, int version, AccessScope scope, boolean office, UnaryOperator<Report> change) {
        Report current = byId(id, scope);
        if (office ? !scope.unrestricted() : !canWrite(current, scope)) {
            throw new ReportRefusal(office ? "report.refused.office" : "report.refused.notYours");
        }
        if (current.version() != version) {
            throw conflict(current);
        }
        Report next = change.apply(current);
        if (!store.save(next, version)) {
            throw conflict(store.byId(id).orElse(current));
        }
        events.publishEvent(new ReportChanged(unitOf(next), current, next));
        return next;
    }

    private ReportRefusal conflict(Report newer) {
        return new ReportRefusal("report.conflict", newer.changedBy(), when(newer.changedAt()));
    }

    /** When a report was changed, as the office reads it: "14:05 07/03/2019", in Vietnam's time. */
    public static String when(java.time.Instant at) {
        return WHEN.format(at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private List<ReportFigure> changed(Report report, Map<Long, BigDecimal> amounts) {
        List<ReportFigure> result = new ArrayList<>();
        for (ReportFigure figure : report.figures()) {
            if (amounts.containsKey(figure.indicatorId())) {
                BigDecimal amount = amounts.get(figure.indicatorId());
                if (amount != null && amount.signum() < 0) {
                    throw new ReportRefusal("report.refused.negative");
                }
                checkKind(figure.indicatorId(), amount);
                boolean same = amount == null ? figure.amount() == null
                        : figure.amount() != null && amount.compareTo(figure.amount()) == 0;
                result.add(same ? figure : new ReportFigure(figure.indicatorId(), amount, false));
            } else {
                result.add(figure);
            }
        }
        return result;
    }

    /** A count is a whole number; a unit's own «k of n» figure is 1 (it meets the condition) or 0. */
    private void checkKind(long indicatorId, BigDecimal amount) {
        Indicator indicator = amount == null ? null : indicators.byIds(List.of(indicatorId)).get(indicatorId);
        if (indicator == null) {
            return;
        }
        String shown = VietnameseNumbers.formatAmount(amount);
        if (indicator.yesOrNo() && amount.compareTo(BigDecimal.ZERO) != 0 && amount.compareTo(BigDecimal.ONE) != 0) {
            throw new ReportRefusal("report.refused.yesOrNo", indicator.nameVi(), shown, indicator.nameEn());
        }
        if (indicator.counts() && amount.stripTrailingZeros().scale() > 0) {
            throw new ReportRefusal("report.refused.notWhole", indicator.nameVi(), shown, indicator.measure(),
                    indicator.nameEn());
        }
    }

    private List<ReportingPeriod> newPeriods(long programmeId, int year) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(year, month, 1);
            periods.add(period(programmeId, PeriodKind.MONTH, year, month, start, start.plusMonths(1).minusDays(1)));
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
            periods.add(period(programmeId, PeriodKind.QUARTER, year, quarter, start, start.plusMonths(3).minusDays(1)));
        }
        periods.add(period(programmeId, PeriodKind.YEAR, year, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        return periods;
    }

    private ReportingPeriod period(long programmeId, PeriodKind kind, int year, int number, LocalDate start, LocalDate end) {
        return new ReportingPeriod(null, programmeId, kind, year, number, start, end, end.plusDays(properties.dueDays()));
    }

    private ReportingPeriod readablePeriod(long periodId, AccessScope scope) {
        ReportingPeriod period = store.period(periodId).orElseThrow(() -> new ReportNotFoundException(periodId));
        programmes.byId(period.programmeId(), scope).orElseThrow(() -> new ReportNotFoundException(periodId));
        return period;
    }

    /**
     * Whether the scope writes this reporter's reports: a commune's is whoever writes the commune, an
     * organisation's its officers; the coordinating office both. Pages show «Lập báo cáo» by this rule.
     */
    public boolean mayWrite(ReporterKind kind, long reporterId, AccessScope scope) {
        return kind == ReporterKind.UNIT ? scope.canWrite(reporterId) : scope.canWriteOrganisation(reporterId);
    }

    private void requireReporter(ReporterKind kind, long reporterId, AccessScope scope) {
        if (!mayWrite(kind, reporterId, scope)) {
            throw new ReportNotFoundException(reporterId);
        }
    }

    private static boolean canRead(Report r, AccessScope scope) {
        return r.reporterKind() == ReporterKind.UNIT ? scope.canRead(r.reporterId())
                : scope.canSeeOrganisation(r.reporterId());
    }

    private boolean canWrite(Report r, AccessScope scope) {
        return mayWrite(r.reporterKind(), r.reporterId(), scope);
    }

    private static Long unitOf(Report report) {
        return report.reporterKind() == ReporterKind.UNIT ? report.reporterId() : null;
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Report withId(Report r, long id) {
        return new Report(id, r.periodId(), r.reporterKind(), r.reporterId(), r.state(), r.version(), r.figures(),
                r.difficulties(), r.proposals(), r.returnComment(), r.reopenReason(), r.submittedAt(), r.changedBy(),
                r.changedAt());
    }
}
