package vn.ansinh.programme;

import vn.ansinh.support.OnPostgres;

/** Saves of the programme's text over a newer one, on PostgreSQL. */
@OnPostgres
class ProgrammeTextVersionPostgresTest extends ProgrammeTextVersionTest {
}
