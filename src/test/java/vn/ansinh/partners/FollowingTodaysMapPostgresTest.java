package vn.ansinh.partners;

import vn.ansinh.support.OnPostgres;

/** Organisations and the household registry under today's map, the same on PostgreSQL. */
@OnPostgres
class FollowingTodaysMapPostgresTest extends FollowingTodaysMapTest {
}
