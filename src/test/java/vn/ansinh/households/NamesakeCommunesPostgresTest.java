package vn.ansinh.households;

import vn.ansinh.support.OnPostgres;

/** Lists of a year find the commune in force that year on PostgreSQL too. */
@OnPostgres
class NamesakeCommunesPostgresTest extends NamesakeCommunesTest {
}
