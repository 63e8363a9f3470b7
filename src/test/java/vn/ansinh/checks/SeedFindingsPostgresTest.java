package vn.ansinh.checks;

import vn.ansinh.support.OnPostgres;

/** The same seven findings on PostgreSQL. */
@OnPostgres
class SeedFindingsPostgresTest extends SeedFindingsTest {
}
