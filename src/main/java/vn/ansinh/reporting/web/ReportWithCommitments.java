package vn.ansinh.reporting.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.commitments.ProgressEntry;
import vn.ansinh.commitments.ProgressPeriod;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;

/**
 * A report saved (or saved and submitted) with the reporter's progress on its commitments, in one transaction: the
 * report's workflow decides whether it may change, and a refused report records no progress either.
 */
@Component
class ReportWithCommitments {

    private final Reports reports;
    private final ProgressBook progress;

    ReportWithCommitments(Reports reports, ProgressBook progress) {
        this.reports = reports;
        this.progress = progress;
    }

    /** The reporter as a party of the programme: a commune's people's committee, or an organisation. */
    static Party partyOf(Report report) {
        return report.reporterKind() == ReporterKind.UNIT ? Party.unit(report.reporterId())
                : Party.organisation(report.reporterId());
    }

    static ProgressPeriod of(ReportingPeriod period) {
        return new ProgressPeriod(period.code(), period.startsOn(), period.endsOn());
    }

    @Transactional
    public Report save(long id, ReportingPeriod period, int version, Map<Long, BigDecimal> amounts,
            String difficulties, String proposals, List<ProgressEntry> entries, boolean submit, String user,
            AccessScope scope) {
        Report saved = submit
                ? reports.saveAndSubmit(id, version, amounts, difficulties, proposals, user, scope)
                : reports.save(id, version, amounts, difficulties, proposals, user, scope);
        progress.record(period.programmeId(), partyOf(saved), of(period), entries, user);
        return saved;
    }
}
