package vn.ansinh.responsibility;

import vn.ansinh.support.OnPostgres;

/** The departments responsible for the domains, on PostgreSQL. */
@OnPostgres
class ResponsibilitiesPostgresTest extends ResponsibilitiesTest {
}
