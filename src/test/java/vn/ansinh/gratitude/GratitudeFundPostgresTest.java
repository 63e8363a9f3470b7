package vn.ansinh.gratitude;

import vn.ansinh.support.OnPostgres;

/** Xã Ân Nghĩa's gratitude fund the same on PostgreSQL. */
@OnPostgres
class GratitudeFundPostgresTest extends GratitudeFundTest {
}
