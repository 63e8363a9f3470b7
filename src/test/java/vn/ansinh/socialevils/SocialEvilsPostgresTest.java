package vn.ansinh.socialevils;

import vn.ansinh.support.OnPostgres;

/** The communes' months of social evils the same on PostgreSQL. */
@OnPostgres
class SocialEvilsPostgresTest extends SocialEvilsTest {
}
