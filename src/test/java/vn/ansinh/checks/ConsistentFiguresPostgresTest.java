package vn.ansinh.checks;

import vn.ansinh.support.OnPostgres;

/** The same imports and checks on PostgreSQL. */
@OnPostgres
class ConsistentFiguresPostgresTest extends ConsistentFiguresTest {
}
