package vn.ansinh.annex.internal;

import vn.ansinh.support.OnPostgres;

/** The same workbook checks with the seed programme loaded into PostgreSQL. */
@OnPostgres
class AnnexWorkbookPostgresTest extends AnnexWorkbookTest {
}
