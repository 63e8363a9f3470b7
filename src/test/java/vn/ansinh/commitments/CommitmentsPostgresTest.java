package vn.ansinh.commitments;

import vn.ansinh.support.OnPostgres;

/** The seed's commitments and the office's changes the same on PostgreSQL. */
@OnPostgres
class CommitmentsPostgresTest extends CommitmentsTest {
}
