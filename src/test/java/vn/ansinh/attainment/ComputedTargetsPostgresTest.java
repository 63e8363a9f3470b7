package vn.ansinh.attainment;

import vn.ansinh.support.OnPostgres;

/** The computed targets the same on PostgreSQL. */
@OnPostgres
class ComputedTargetsPostgresTest extends ComputedTargetsTest {
}
