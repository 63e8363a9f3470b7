package vn.ansinh.reporting;

/** Who files a report: a commune (a unit) or an organisation. */
public enum ReporterKind {
    UNIT,
    ORGANISATION
}
