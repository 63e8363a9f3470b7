package vn.ansinh.privacy;

import vn.ansinh.support.OnPostgres;

/**
 * Retention on PostgreSQL: the same dry run, anonymisation and audit, and a run that cannot lock a household
 * in time (PostgreSQL's lock_timeout, set for each connection as H2's LOCK_TIMEOUT is) anonymises none.
 */
@OnPostgres
class PersonalDataRetentionPostgresTest extends PersonalDataRetentionTest {
}
