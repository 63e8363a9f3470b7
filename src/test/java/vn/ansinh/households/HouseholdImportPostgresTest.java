package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** Household lists imported into PostgreSQL. */
@OnPostgres
class HouseholdImportPostgresTest extends HouseholdImportTest {
}
