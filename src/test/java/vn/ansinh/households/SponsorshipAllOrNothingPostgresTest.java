package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** «Lưu phân công» all or nothing on PostgreSQL. */
@OnPostgres
class SponsorshipAllOrNothingPostgresTest extends SponsorshipAllOrNothingTest {
}
