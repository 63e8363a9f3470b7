package vn.ansinh.labour;

import vn.ansinh.support.OnPostgres;

/** The labour-force baseline from person lists on PostgreSQL. */
@OnPostgres
class LabourForcePostgresTest extends LabourForceTest {
}
