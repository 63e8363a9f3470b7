package vn.ansinh.reminders;

import vn.ansinh.support.OnPostgres;

/** The same reminders, once each, and the restart on the same database, on PostgreSQL. */
@OnPostgres
class RemindersPostgresTest extends RemindersTest {
}
