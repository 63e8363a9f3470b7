package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** The yearly review on PostgreSQL. */
@OnPostgres
class ReviewsPostgresTest extends ReviewsTest {
}
