package vn.ansinh.allowances;

import vn.ansinh.support.OnPostgres;

/** Cam Hiếu's register of allowances the same on PostgreSQL. */
@OnPostgres
class GrantsPostgresTest extends GrantsTest {
}
