package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** Corrections, moves and their counts on PostgreSQL. */
@OnPostgres
class HouseholdCorrectionPostgresTest extends HouseholdCorrectionTest {
}
