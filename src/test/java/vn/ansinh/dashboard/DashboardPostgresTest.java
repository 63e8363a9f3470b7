package vn.ansinh.dashboard;

import vn.ansinh.support.OnPostgres;

/** The dashboard on PostgreSQL. */
@OnPostgres
class DashboardPostgresTest extends DashboardTest {
}
