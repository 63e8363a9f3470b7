package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.SignedOutIntegrationTest;
import vn.ansinh.support.TestAccounts;

/** A request with a made-up Host header never gets a redirect naming that host: sign-in, sign-out, language, forms. */
@SignedOutIntegrationTest
class HostHeaderRedirectsTest {

    static final String EVIL = "evil.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    final List<String> locations = new ArrayList<>();

    @Test
    void noRedirectNamesTheHostTheRequestMadeUp() throws Exception {
        String password = TestAccounts.ensure(accounts, "host.quantri", Set.of(RoleAssignment.admin()));
        MockHttpSession session = new MockHttpSession();
        follow(get("/programmes/1?lang=en").session(session));
        follow(post("/login").session(session).with(csrf()).param("username", "host.quantri").param("password", password));
        follow(get("/login").session(session));
        follow(get("/programmes/1?lang=vi").session(session));
        follow(post("/programmes/1/publish").session(session).with(csrf()));
        follow(post("/logout").session(session).with(csrf()));
        follow(post("/login").with(csrf()).param("username", "host.quantri").param("password", "sai-mat-khau-1"));
        assertThat(locations).as("redirects were answered").hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(location -> assertThat(location).doesNotContain(EVIL).startsWith("/"));
    }

    private void follow(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.header(HttpHeaders.HOST, EVIL)).andReturn();
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            locations.add(location);
        }
    }
}
