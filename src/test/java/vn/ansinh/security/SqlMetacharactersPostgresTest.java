package vn.ansinh.security;

import vn.ansinh.support.OnPostgres;

/** The same texts, names and filters on PostgreSQL, whose quoting and pattern rules differ from H2's. */
@OnPostgres
class SqlMetacharactersPostgresTest extends SqlMetacharactersTest {
}
