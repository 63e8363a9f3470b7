package vn.ansinh.responsibility;

import vn.ansinh.support.OnPostgres;

/** The dashboard and the consolidated report cut by department, on PostgreSQL. */
@OnPostgres
class DepartmentCutPostgresTest extends DepartmentCutTest {
}
