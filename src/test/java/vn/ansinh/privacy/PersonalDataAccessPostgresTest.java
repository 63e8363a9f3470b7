package vn.ansinh.privacy;

import vn.ansinh.support.OnPostgres;

/** The access log written, filtered and paged the same on PostgreSQL. */
@OnPostgres
class PersonalDataAccessPostgresTest extends PersonalDataAccessTest {
}
