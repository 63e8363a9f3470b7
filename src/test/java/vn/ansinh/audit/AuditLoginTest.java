package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/**
 * Logins and failed logins are audited on the user account, with the typed name and never the
 * password; a stateless API request that authenticates is not a login.
 */
@IntegrationTest
class AuditLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedFormLoginIsRecordedWithTheTypedNameAndNoPassword() throws Exception {
        mvc.perform(formLogin("/login").user("ke-la-form").password("mat-khau-bi-mat"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));

        assertThat(failures("ke-la-form")).singleElement().satisfies(event -> {
            assertThat(event.entityType()).isEqualTo("user_account");
            assertThat(event.entityId()).isEqualTo("ke-la-form");
            assertThat(event.newValue()).contains("\"reason\":", "\"remoteAddress\":\"127.0.0.1\"");
        });
        assertThat(passwordAnywhere("mat-khau-bi-mat")).isZero();
    }

    @Test
    void aFailedHttpBasicLoginOnTheApiIsRecorded() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(httpBasic("ke-la-api", "mat-khau-api")))
                .andExpect(status().isUnauthorized());

        assertThat(failures("ke-la-api")).hasSize(1);
        assertThat(passwordAnywhere("mat-khau-api")).isZero();
    }

    @Test
    void aSignInRefusedByTheLockIsRecordedTooAndSaysSo() throws Exception {
        for (int i = 0; i < 7; i++) {
            mvc.perform(formLogin("/login").user("ke-khoa").password("doan-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(failures("ke-khoa")).hasSize(7).extracting(AuditEvent::newValue)
                .filteredOn(value -> value.contains("\"reason\":\"TOO_MANY_FAILURES\"")).hasSize(2);
    }

    @Test
    void aPublishedFailureIsRecordedAsLoginFailed() {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("nguyen-van-a", "sai");
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));

        assertThat(failures("nguyen-van-a")).singleElement()
                .satisfies(event -> assertThat(event.newValue()).isEqualTo("{\"reason\":\"WRONG_CREDENTIALS\"}"));
    }

    @Test
    void anInteractiveLoginIsRecordedAsLogin() {
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(signedIn("tran-thi-b"), getClass()));

        assertThat(rows().where("action = 'LOGIN' and actor = ?", "tran-thi-b")).singleElement().satisfies(event -> {
            assertThat(event.entityType()).isEqualTo("user_account");
            assertThat(event.entityId()).isEqualTo("tran-thi-b");
        });
    }

    @Test
    void anApiRequestThatAuthenticatesIsNotALogin() {
        long before = rows().count();
        events.publishEvent(new AuthenticationSuccessEvent(signedIn("le-van-c")));
        assertThat(rows().count()).isEqualTo(before);
    }

    private static UsernamePasswordAuthenticationToken signedIn(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, AuthorityUtils.createAuthorityList("ROLE_USER"));
    }

    private List<AuditEvent> failures(String actor) {
        return rows().where("action = 'LOGIN_FAILED' and actor = ?", actor);
    }

    private long passwordAnywhere(String password) {
        return jdbc.sql("""
                select count(*) from audit_event
                where actor like :p or entity_id like :p or old_value like :p or new_value like :p""")
                .param("p", "%" + password + "%").query(Long.class).single();
    }

    private AuditRows rows() {
        return new AuditRows(jdbc);
    }
}
