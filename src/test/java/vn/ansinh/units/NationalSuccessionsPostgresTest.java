package vn.ansinh.units;

import vn.ansinh.support.OnPostgres;

/** The succession list resolved, refused, decided and imported again the same on PostgreSQL. */
@OnPostgres
class NationalSuccessionsPostgresTest extends NationalSuccessionsTest {
}
