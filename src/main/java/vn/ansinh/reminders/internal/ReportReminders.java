package vn.ansinh.reminders.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.reminders.DueItem;
import vn.ansinh.reminders.Recipients;
import vn.ansinh.reminders.ReminderKind;
import vn.ansinh.reminders.ReminderSource;
import vn.ansinh.reminders.ReminderWindow;
import vn.ansinh.reporting.ReportState;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reporters;
import vn.ansinh.reporting.Reporters.Reporter;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;

/**
 * Periodic reports due soon or overdue: for each period of a programme in the window, each reporter (a commune or an
 * organisation of the programme's tables) whose report is not submitted — none yet, a draft, or returned — reminds
 * its officers. A submitted or approved report needs nobody to act but the office, whose own pages show it.
 */
@Component
class ReportReminders implements ReminderSource {

    private static final AccessScope OFFICE = AccessScope.everything();

    private final Programmes programmes;
    private final Reports reports;
    private final Reporters reporters;
    private final Recipients recipients;

    ReportReminders(Programmes programmes, Reports reports, Reporters reporters, Recipients recipients) {
        this.programmes = programmes;
        this.reports = reports;
        this.reporters = reporters;
        this.recipients = recipients;
    }

    @Override
    public List<DueItem> due(ReminderWindow window) {
        Map<Party, Set<Long>> officers = new HashMap<>();
        List<DueItem> due = new ArrayList<>();
        for (Programme programme : programmes.all()) {
            List<ReportingPeriod> periods = reports.periods(programme.id(), OFFICE).stream()
                    .filter(p -> window.stageOf(p.dueOn()).isPresent()).toList();
            if (!periods.isEmpty()) {
                List<Reporter> expected = reporters.of(programme.id(), OFFICE);
                periods.forEach(p -> due.addAll(missing(p, expected, window, officers)));
            }
        }
        return due;
    }

    /** The period's reporters without a submitted report, each to its officers (none: nobody to remind). */
    private List<DueItem> missing(ReportingPeriod period, List<Reporter> expected, ReminderWindow window,
            Map<Party, Set<Long>> officers) {
        Map<String, ReportState> states = new HashMap<>();
        reports.ofPeriod(period.id(), OFFICE).forEach(r -> states.put(key(r.reporterKind(), r.reporterId()), r.state()));
        List<DueItem> due = new ArrayList<>();
        for (Reporter reporter : expected) {
            ReportState state = states.get(key(reporter.kind(), reporter.id()));
            Party party = reporter.kind() == ReporterKind.UNIT ? Party.unit(reporter.id())
                    : Party.organisation(reporter.id());
            Set<Long> to = officers.computeIfAbsent(party, recipients::of);
            if (state != ReportState.SUBMITTED && state != ReportState.APPROVED && !to.isEmpty()) {
                due.add(new DueItem(ReminderKind.REPORT_DUE, "period:" + period.id() + "/" + party.key(),
                        window.stageOf(period.dueOn()).orElseThrow(), period.dueOn(), reporter.name(), period.code(),
                        "/programmes/" + period.programmeId() + "/reports?period=" + period.code(), to));
            }
        }
        return due;
    }

    private static String key(ReporterKind kind, long id) {
        return kind + "/" + id;
    }
}
