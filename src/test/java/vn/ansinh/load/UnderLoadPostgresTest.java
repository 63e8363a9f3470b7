package vn.ansinh.load;

import vn.ansinh.support.OnPostgres;

/** Three times the pool at once, on PostgreSQL: zero 5xx, every write applied or refused with 409. */
@OnPostgres
class UnderLoadPostgresTest extends UnderLoadTest {
}
