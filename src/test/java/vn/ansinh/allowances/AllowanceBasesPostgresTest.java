package vn.ansinh.allowances;

import vn.ansinh.support.OnPostgres;

/** The base levels read, entered and refused the same on PostgreSQL. */
@OnPostgres
class AllowanceBasesPostgresTest extends AllowanceBasesTest {
}
