package vn.ansinh.intake.workbooks;

import vn.ansinh.support.OnPostgres;

/** Workbook imports on PostgreSQL. */
@OnPostgres
class WorkbookScopePostgresTest extends WorkbookScopeTest {
}
