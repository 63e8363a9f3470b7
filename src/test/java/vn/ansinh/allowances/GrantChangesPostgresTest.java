package vn.ansinh.allowances;

import vn.ansinh.support.OnPostgres;

/** Cam Hiếu's war invalid re-assessed from March 2025, the same on PostgreSQL. */
@OnPostgres
class GrantChangesPostgresTest extends GrantChangesTest {
}
