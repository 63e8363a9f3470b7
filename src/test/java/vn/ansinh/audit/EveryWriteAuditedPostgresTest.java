package vn.ansinh.audit;

import vn.ansinh.support.OnPostgres;

/** The same writes and their entries on PostgreSQL. */
@OnPostgres
class EveryWriteAuditedPostgresTest extends EveryWriteAuditedTest {
}
