package vn.ansinh.documents;

import vn.ansinh.support.OnPostgres;

/** The same document checks with the seed programme loaded into PostgreSQL. */
@OnPostgres
class ProgrammeDocumentPostgresTest extends ProgrammeDocumentTest {
}
