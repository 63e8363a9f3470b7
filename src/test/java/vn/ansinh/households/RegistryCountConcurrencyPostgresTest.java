package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** The kept counts under concurrent writers on PostgreSQL. */
@OnPostgres
class RegistryCountConcurrencyPostgresTest extends RegistryCountConcurrencyTest {
}
