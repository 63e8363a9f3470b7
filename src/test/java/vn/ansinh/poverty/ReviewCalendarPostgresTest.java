package vn.ansinh.poverty;

import vn.ansinh.support.OnPostgres;

/** The review calendar on PostgreSQL. */
@OnPostgres
class ReviewCalendarPostgresTest extends ReviewCalendarTest {
}
