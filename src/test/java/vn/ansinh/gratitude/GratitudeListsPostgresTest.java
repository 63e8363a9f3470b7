package vn.ansinh.gratitude;

import vn.ansinh.support.OnPostgres;

/** Xã Nhớ Nguồn's lists imported the same on PostgreSQL. */
@OnPostgres
class GratitudeListsPostgresTest extends GratitudeListsTest {
}
