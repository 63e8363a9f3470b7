package vn.ansinh.reporting;

/** How long a reporting period is. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR
}
