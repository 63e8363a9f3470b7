package vn.ansinh.reporting;

import vn.ansinh.support.OnPostgres;

/** The report workflow and its concurrency on PostgreSQL. */
@OnPostgres
class ReportWorkflowPostgresTest extends ReportWorkflowTest {
}
