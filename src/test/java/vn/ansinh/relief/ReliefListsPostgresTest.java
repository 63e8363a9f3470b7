package vn.ansinh.relief;

import vn.ansinh.support.OnPostgres;

/** An event's list of affected households imported the same on PostgreSQL. */
@OnPostgres
class ReliefListsPostgresTest extends ReliefListsTest {
}
