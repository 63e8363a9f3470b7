package vn.ansinh.annex;

import vn.ansinh.support.OnPostgres;

/** No lost update on a row's figures, on PostgreSQL. */
@OnPostgres
class RowVersionPostgresTest extends RowVersionTest {
}
