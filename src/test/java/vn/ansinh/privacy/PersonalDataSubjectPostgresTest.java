package vn.ansinh.privacy;

import vn.ansinh.support.OnPostgres;

/** One person's data found, exported and logged the same on PostgreSQL. */
@OnPostgres
class PersonalDataSubjectPostgresTest extends PersonalDataSubjectTest {
}
