package vn.ansinh.audit;

import vn.ansinh.support.OnPostgres;

/** The audit log's UTC storage and office-time display on PostgreSQL. */
@OnPostgres
class AuditTimeZonePostgresTest extends AuditTimeZoneTest {
}
