package vn.ansinh.labour;

import vn.ansinh.support.OnPostgres;

/** The labour record list, its corrections, deletions and restorations on PostgreSQL. */
@OnPostgres
class LabourRecordsPagePostgresTest extends LabourRecordsPageTest {
}
