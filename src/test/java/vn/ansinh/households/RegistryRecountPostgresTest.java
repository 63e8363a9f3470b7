package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** The recount of the registry's counts on PostgreSQL. */
@OnPostgres
class RegistryRecountPostgresTest extends RegistryRecountTest {
}
