package vn.ansinh.poverty;

import vn.ansinh.support.OnPostgres;

/** Today's poverty standards as the migrations leave them on PostgreSQL, at every line. */
@OnPostgres
class TodaysStandardsPostgresTest extends TodaysStandardsTest {
}
