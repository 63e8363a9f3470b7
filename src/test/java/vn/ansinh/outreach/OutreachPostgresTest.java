package vn.ansinh.outreach;

import vn.ansinh.support.OnPostgres;

/** The trainings, sessions and their register figures the same on PostgreSQL. */
@OnPostgres
class OutreachPostgresTest extends OutreachTest {
}
