package vn.ansinh.units;

import vn.ansinh.support.OnPostgres;

/** The unit tree's pages on PostgreSQL: the writes, their audit entries and the refusals. */
@OnPostgres
class UnitFormPostgresTest extends UnitFormTest {
}
