package vn.ansinh.labour;

import vn.ansinh.support.OnPostgres;

/** Labour records and progress on PostgreSQL. */
@OnPostgres
class LabourProgressPostgresTest extends LabourProgressTest {
}
