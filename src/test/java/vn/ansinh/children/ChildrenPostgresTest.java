package vn.ansinh.children;

import vn.ansinh.support.OnPostgres;

/** Child-friendly communes, counts and cases the same on PostgreSQL. */
@OnPostgres
class ChildrenPostgresTest extends ChildrenTest {
}
