package vn.ansinh.annex;

import vn.ansinh.support.OnPostgres;

/** The scoped tables on PostgreSQL: the same rows, columns and totals from the same filtered queries. */
@OnPostgres
class ScopedTablesPostgresTest extends ScopedTablesTest {
}
