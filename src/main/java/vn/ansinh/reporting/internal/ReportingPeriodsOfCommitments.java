package vn.ansinh.reporting.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ansinh.commitments.PartyReports;
import vn.ansinh.commitments.ProgressPeriod;
import vn.ansinh.reporting.ReportNotFoundException;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reporters;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;

/**
 * What commitments know of reporting: a programme's periods, and whether a party files periodic reports (a commune
 * of the tables' rows, an organisation of their columns).
 */
@Component
class ReportingPeriodsOfCommitments implements PartyReports {

    private final Reports reports;
    private final Reporters reporters;

    ReportingPeriodsOfCommitments(Reports reports, Reporters reporters) {
        this.reports = reports;
        this.reporters = reporters;
    }

    @Override
    public List<ProgressPeriod> periods(long programmeId) {
        try {
            return reports.periods(programmeId, AccessScope.everything()).stream()
                    .map(p -> new ProgressPeriod(p.code(), p.startsOn(), p.endsOn())).toList();
        } catch (ReportNotFoundException e) {
            return List.of();
        }
    }

    @Override
    public boolean files(long programmeId, Party party) {
        ReporterKind kind = ReporterKind.valueOf(party.kind().name());
        return reporters.of(programmeId, AccessScope.everything()).stream()
                .anyMatch(r -> r.kind() == kind && r.id() == party.id());
    }
}
