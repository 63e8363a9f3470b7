package vn.ansinh.audit;

import vn.ansinh.support.OnPostgres;

/** The same entries and rollbacks on PostgreSQL. */
@OnPostgres
class AuditImportPostgresTest extends AuditImportTest {
}
