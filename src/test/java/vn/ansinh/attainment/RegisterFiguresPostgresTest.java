package vn.ansinh.attainment;

import vn.ansinh.support.OnPostgres;

/** The register indicators filled the same on PostgreSQL. */
@OnPostgres
class RegisterFiguresPostgresTest extends RegisterFiguresTest {
}
