package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** A household's area by its unit on the review date, on PostgreSQL. */
@OnPostgres
class HouseholdAreaPostgresTest extends HouseholdAreaTest {
}
