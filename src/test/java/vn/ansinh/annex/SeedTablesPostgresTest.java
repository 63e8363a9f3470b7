package vn.ansinh.annex;

import vn.ansinh.support.OnPostgres;

/** The seed's tables computed the same on PostgreSQL (numeric columns, ordering, identity keys). */
@OnPostgres
class SeedTablesPostgresTest extends SeedTablesTest {
}
