package vn.ansinh.checks;

import vn.ansinh.support.OnPostgres;

/** The scoped figure check on PostgreSQL. */
@OnPostgres
class ScopedFindingsPostgresTest extends ScopedFindingsTest {
}
