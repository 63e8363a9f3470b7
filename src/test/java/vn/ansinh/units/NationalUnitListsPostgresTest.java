package vn.ansinh.units;

import vn.ansinh.support.OnPostgres;

/** The national lists imported, re-imported and looked up the same on PostgreSQL. */
@OnPostgres
class NationalUnitListsPostgresTest extends NationalUnitListsTest {
}
