package vn.ansinh.audit;

import vn.ansinh.support.OnPostgres;

/** The same filters, dates and paging on PostgreSQL. */
@OnPostgres
class AuditPagesPostgresTest extends AuditPagesTest {
}
