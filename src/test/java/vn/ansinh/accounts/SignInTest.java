package vn.ansinh.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.SignedOutIntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/** Signing in for real: form and session, HTTP Basic and tokens, throttling, CSRF, headers. */
@SignedOutIntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Units units;

    @Test
    void pagesAndApiNeedSigningIn() throws Exception {
        mvc.perform(get("/programmes/1")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/programmes")).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void signingInAfterTheSignInPageLoadedItsScriptsLeadsToTheStartPage() throws Exception {
        String password = officer("dangnhap.tep");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        mvc.perform(get("/js/confirm.js").session(session)).andExpect(status().isOk());
        mvc.perform(get("/.well-known/appspecific/com.chrome.devtools.json").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(post("/login").session(session).with(csrf()).param("username", "dangnhap.tep")
                .param("password", password)).andExpect(redirectedUrl("/"));
    }

    @Test
    void formSignInStartsASessionThatOpensThePages() throws Exception {
        String password = officer("dangnhap.caman");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dangnhap.caman").password(password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(get("/programmes/1").session(session)).andExpect(status().isOk());
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aPasswordResetSignsOutTheSessionsOpenWithTheOldOne() throws Exception {
        String password = officer("dangnhap.doimk");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dangnhap.doimk").password(password))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/programmes/1").session(session)).andExpect(status().isOk());
        accounts.resetPassword(accounts.byUsername("dangnhap.doimk").orElseThrow().id(), PasswordGenerator.generate());
        mvc.perform(get("/programmes/1").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void wrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
        officer("dangnhap.sai");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dangnhap.sai").password("sai-mat-khau-1"))
                .andExpect(redirectedUrl("/login?error")).andReturn().getRequest().getSession();
        String page = mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sai tên đăng nhập hoặc mật khẩu.");
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPasswordAndSayWhenToRetry() throws Exception {
        String password = officer("dangnhap.khoa");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("dangnhap.khoa").password("sai-mat-khau-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dangnhap.khoa").password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn().getRequest().getSession();
        String page = mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("Đăng nhập sai quá nhiều lần. Hãy thử lại sau \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\.");
        assertThat(retryAtShown(page)).as("the time to retry, read in Viet Nam's time, is 15 minutes from now")
                .isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        mvc.perform(get("/api/v1/programmes").with(httpBasic("dangnhap.khoa", password))).andExpect(status().isUnauthorized());
    }

    @Test
    void theJsonLinksOfThePagesAnswerTheSignedInSessionWhichCannotWriteThroughTheApi() throws Exception {
        String password = officer("dangnhap.json");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dangnhap.json").password(password))
                .andReturn().getRequest().getSession();
        String json = mvc.perform(get("/api/v1/programmes/1/tables/bieu-1").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"rows\"");
        mvc.perform(post("/api/v1/apportionment").session(session).with(csrf()).contentType("application/json")
                .content("{\"whole\": 10, \"bases\": {\"Cam An\": 1}}")).andExpect(status().isUnauthorized());
        accounts.setEnabled(accounts.byUsername("dangnhap.json").orElseThrow().id(), false);
        mvc.perform(get("/api/v1/programmes/1/tables/bieu-1").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        String password = officer("dangnhap.tat");
        accounts.setEnabled(accounts.byUsername("dangnhap.tat").orElseThrow().id(), false);
        mvc.perform(formLogin().user("dangnhap.tat").password(password)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/programmes").with(httpBasic("dangnhap.tat", password))).andExpect(status().isUnauthorized());
    }

    @Test
    void apiAcceptsBasicAndPersonalTokensUntilRevoked() throws Exception {
        String password = officer("api.caman");
        mvc.perform(get("/api/v1/programmes").with(httpBasic("api.caman", password))).andExpect(status().isOk());
        ApiTokens.IssuedToken token = tokens.issue(accounts.byUsername("api.caman").orElseThrow().id(), "Bảng tính");
        assertThat(token.token()).startsWith("ansinh_").hasSizeGreaterThan(40);
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/programme-files").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isForbidden());
        tokens.revoke(token.id());
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer ansinh_gia-mao")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordResetOrADisabledAccountEndsTheUsersTokensForGood() throws Exception {
        officer("api.doimk");
        long id = accounts.byUsername("api.doimk").orElseThrow().id();
        String before = tokens.issue(id, "Bảng tính").token();
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + before)).andExpect(status().isOk());
        accounts.resetPassword(id, PasswordGenerator.generate());
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + before)).andExpect(status().isUnauthorized());
        String issuedAfter = tokens.issue(id, "Bảng tính mới").token();
        accounts.setEnabled(id, false);
        accounts.setEnabled(id, true);
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + issuedAfter))
                .andExpect(status().isUnauthorized());
        assertThat(tokens.ofUser(id)).noneMatch(vn.ansinh.accounts.ApiToken::active);
    }

    @Test
    void aDisabledAccountAnswersAWrongPasswordAsAnUnknownUsernameDoes() throws Exception {
        officer("dangnhap.tat2");
        accounts.setEnabled(accounts.byUsername("dangnhap.tat2").orElseThrow().id(), false);
        for (String username : new String[] {"dangnhap.tat2", "khong.co.ai"}) {
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password("sai-mat-khau-1"))
                    .andExpect(redirectedUrl("/login?error")).andReturn().getRequest().getSession();
            String page = mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
            assertThat(page).as(username).contains("Sai tên đăng nhập hoặc mật khẩu.").doesNotContain("khóa");
        }
    }

    @Test
    void stateChangingPageRequestWithoutCsrfTokenIsRefused() throws Exception {
        String password = TestAccounts.ensure(accounts, "csrf.quantri", Set.of(RoleAssignment.admin()));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("csrf.quantri").password(password))
                .andReturn().getRequest().getSession();
        int before = accounts.all().size();
        mvc.perform(post("/admin/users").session(session).param("username", "khong.csrf").param("displayName", "x")
                .param("role", "VIEWER").param("unitId", "1")).andExpect(status().isForbidden());
        assertThat(accounts.all()).hasSize(before);
        mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "co.csrf")
                .param("displayName", "Có CSRF").param("role", "VIEWER").param("unitId", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.byUsername("co.csrf")).isPresent();
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("default-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    private static Instant retryAtShown(String page) {
        Matcher shown = Pattern.compile("thử lại sau (\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4})").matcher(page);
        assertThat(shown.find()).isTrue();
        return LocalDateTime.parse(shown.group(1), DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    private String officer(String username) {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        return TestAccounts.ensure(accounts, username, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
    }
}
