package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** The registry and its counts on PostgreSQL. */
@OnPostgres
class HouseholdRegistryPostgresTest extends HouseholdRegistryTest {
}
