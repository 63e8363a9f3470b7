package vn.ansinh.intake;

import vn.ansinh.support.OnPostgres;

/** The seed's later units file loaded, imported again and refused the same on PostgreSQL. */
@OnPostgres
class LaterUnitsFilePostgresTest extends LaterUnitsFileTest {
}
