package vn.ansinh.dashboard;

import vn.ansinh.support.OnPostgres;

/** The communes' programmes rolled up into the province's, on PostgreSQL. */
@OnPostgres
class ProvinceRollupPostgresTest extends ProvinceRollupTest {
}
