package vn.ansinh.planning;

import vn.ansinh.support.OnPostgres;

/** Starting a programme at any level, on PostgreSQL. */
@OnPostgres
class ProgrammeStartPostgresTest extends ProgrammeStartTest {
}
