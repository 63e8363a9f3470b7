package vn.ansinh.meetings;

import vn.ansinh.support.OnPostgres;

/** Meetings, inspections and their action items the same on PostgreSQL. */
@OnPostgres
class MeetingsPostgresTest extends MeetingsTest {
}
