package vn.ansinh.planning;

import vn.ansinh.support.OnPostgres;

/** Next year's programme on PostgreSQL. */
@OnPostgres
class NextYearPostgresTest extends NextYearTest {
}
