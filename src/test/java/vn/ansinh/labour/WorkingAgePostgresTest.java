package vn.ansinh.labour;

import vn.ansinh.support.OnPostgres;

/** The working-age rules as PostgreSQL stores them. */
@OnPostgres
class WorkingAgePostgresTest extends WorkingAgeTest {
}
