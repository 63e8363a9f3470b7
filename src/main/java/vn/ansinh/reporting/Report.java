package vn.ansinh.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A commune's or an organisation's report for a period. Its workflow lives here: figures and texts
 * change only in a draft or a returned report; a draft or a returned report is submitted; a submitted
 * one is approved (and locked) or returned with a comment; an approved one is reopened only by an
 * administrator, with a reason. Each step gives a new report of the next version; an illegal one is
 * refused, naming the state it is in.
 */
public record Report(Long id, long periodId, ReporterKind reporterKind, long reporterId, ReportState state, int version,
        List<ReportFigure> figures, String difficulties, String proposals, String returnComment, String reopenReason,
        Instant submittedAt, String changedBy, Instant changedAt) {

    public Report {
        figures = List.copyOf(figures);
    }

    public static Report draft(long periodId, ReporterKind kind, long reporterId, List<ReportFigure> figures, String by,
            Instant at) {
        return new Report(null, periodId, kind, reporterId, ReportState.DRAFT, 0, figures, null, null, null, null, null,
                by, at);
    }

    public boolean editable() {
        return state == ReportState.DRAFT || state == ReportState.RETURNED;
    }

    public Report edit(List<ReportFigure> newFigures, String newDifficulties, String newProposals, String by, Instant at) {
        require(editable(), "report.refused.edit");
        return next(state, newFigures, newDifficulties, newProposals, returnComment, reopenReason, submittedAt, by, at);
    }

    public Report submit(String by, Instant at) {
        require(editable(), "report.refused.submit");
        return next(ReportState.SUBMITTED, figures, difficulties, proposals, returnComment, reopenReason, at, by, at);
    }

    public Report approve(String by, Instant at) {
        require(state == ReportState.SUBMITTED, "report.refused.approve");
        return next(ReportState.APPROVED, figures, difficulties, proposals, null, reopenReason, submittedAt, by, at);
    }

    public Report returnWith(String comment, String by, Instant at) {
        require(state == ReportState.SUBMITTED, "report.refused.return");
        requireText(comment, "report.refused.returnComment");
        return next(ReportState.RETURNED, figures, difficulties, proposals, comment.strip(), reopenReason, submittedAt, by, at);
    }

    public Report reopen(String reason, String by, Instant at) {
        require(state == ReportState.APPROVED, "report.refused.reopen");
        requireText(reason, "report.refused.reopenReason");
        return next(ReportState.DRAFT, figures, difficulties, proposals, returnComment, reason.strip(), submittedAt, by, at);
    }

    private void require(boolean allowed, String code) {
        if (!allowed) {
            throw new ReportRefusal(code, state);
        }
    }

    private static void requireText(String text, String code) {
        if (text == null || text.isBlank()) {
            throw new ReportRefusal(code);
        }
    }

    private Report next(ReportState newState, List<ReportFigure> newFigures, String newDifficulties, String newProposals,
            String comment, String reason, Instant submitted, String by, Instant at) {
        return new Report(id, periodId, reporterKind, reporterId, newState, version + 1, newFigures, newDifficulties,
                newProposals, comment, reason, submitted, by, at);
    }
}
