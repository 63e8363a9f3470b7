package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** Household lists at any size, and a page of outcomes saved all or none, on PostgreSQL. */
@OnPostgres
class HouseholdListsPostgresTest extends HouseholdListsTest {
}
