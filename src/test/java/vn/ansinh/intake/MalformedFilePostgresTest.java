package vn.ansinh.intake;

import vn.ansinh.support.OnPostgres;

/** The same refusals on PostgreSQL, where a rolled-back transaction must leave every table as it was. */
@OnPostgres
class MalformedFilePostgresTest extends MalformedFileTest {
}
