package vn.ansinh.poverty;

import vn.ansinh.support.OnPostgres;

/** The standards as PostgreSQL stores them. */
@OnPostgres
class PovertyClassificationPostgresTest extends PovertyClassificationTest {
}
