package vn.ansinh.commitments;

import vn.ansinh.support.OnPostgres;

/** Progress on commitments, in a report and on a party page, the same on PostgreSQL. */
@OnPostgres
class CommitmentProgressPostgresTest extends CommitmentProgressTest {
}
