package vn.ansinh.reporting;

/** Where a report is in its workflow. */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
}
