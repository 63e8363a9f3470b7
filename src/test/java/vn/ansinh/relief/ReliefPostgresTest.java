package vn.ansinh.relief;

import vn.ansinh.support.OnPostgres;

/** Emergency relief the same on PostgreSQL. */
@OnPostgres
class ReliefPostgresTest extends ReliefTest {
}
