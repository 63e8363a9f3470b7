package vn.ansinh.reporting;

import vn.ansinh.support.OnPostgres;

/** The consolidated report on PostgreSQL. */
@OnPostgres
class ConsolidationPostgresTest extends ConsolidationTest {
}
