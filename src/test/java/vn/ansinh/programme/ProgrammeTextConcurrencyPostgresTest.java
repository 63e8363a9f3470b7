package vn.ansinh.programme;

import vn.ansinh.support.OnPostgres;

/** Simultaneous saves of the programme's text on PostgreSQL. */
@OnPostgres
class ProgrammeTextConcurrencyPostgresTest extends ProgrammeTextConcurrencyTest {
}
