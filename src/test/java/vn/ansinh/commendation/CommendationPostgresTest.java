package vn.ansinh.commendation;

import vn.ansinh.support.OnPostgres;

/** The proposal, its DOCX and the decision the same on PostgreSQL. */
@OnPostgres
class CommendationPostgresTest extends CommendationTest {
}
