package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** Tables from the registry on PostgreSQL. */
@OnPostgres
class RegistryTablesPostgresTest extends RegistryTablesTest {
}
