package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** Support corrected, deleted and restored on PostgreSQL. */
@OnPostgres
class SupportCorrectionPostgresTest extends SupportCorrectionTest {
}
