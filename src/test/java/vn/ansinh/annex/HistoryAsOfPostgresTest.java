package vn.ansinh.annex;

import vn.ansinh.support.OnPostgres;

/** The seed's tables under today's map, and a split shared out or not, the same on PostgreSQL. */
@OnPostgres
class HistoryAsOfPostgresTest extends HistoryAsOfTest {
}
