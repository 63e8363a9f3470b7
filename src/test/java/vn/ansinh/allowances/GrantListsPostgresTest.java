package vn.ansinh.allowances;

import vn.ansinh.support.OnPostgres;

/** Cam Tuyền's linked register, lists and files the same on PostgreSQL. */
@OnPostgres
class GrantListsPostgresTest extends GrantListsTest {
}
