package vn.ansinh.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import vn.ansinh.accounts.ApiTokens;

/**
 * Two chains. The JSON API is stateless: HTTP Basic or a personal API token; a signed-in page
 * session is read for GET only (the pages link to the JSON of what they show), never for a write,
 * so no CSRF token is needed — and its 401 does not invite a browser to cache Basic credentials. The pages use a session and a login form, with CSRF on every state-changing request;
 * the session's account is read again on every request, so a change to it applies at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** The sign-in page's own files among them: one that asked to sign in would be where signing in leads. */
    static final String[] PUBLIC = {"/login", "/setup", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
        "/.well-known/**", "/robots.txt", "/actuator/health"};
    static final String ADMIN_PAGES = "/admin/**";
    /** What the data protection officer reads besides administrators: the access log and the retention dry run. */
    static final String[] DATA_PROTECTION_PAGES = {"/admin/personal-data/access-log", "/admin/personal-data/retention"};
    static final String DATA_PROTECTION_API = "/api/v1/admin/personal-data/access-log";
    /** Editing a programme's text is the coordinating office's; a row's figures follow the scope. */
    static final String[] PROGRAMME_TEXT_EDITS = {"/programmes/*/edit", "/programmes/*/sections/**",
            "/programmes/*/signatories/**"};
    /** Writes of the coordinating office: next year's programme and its publication, splitting targets among the communes. */
    static final String[] ADMIN_PAGE_WRITES = {"/programmes/*/next-year", "/programmes/*/publish",
            "/programmes/*/apportionment/communes", "/programmes/*/organisation-targets"};
    /**
     * Pages for entering a commune's data (a household, a list of households or labour records, Biểu 1–3
     * from a workbook): only for whoever writes a commune — the same rule by which pages show their links.
     */
    static final String[] UNIT_WRITER_PAGES = {"/registry/households/new", "/registry/households", "/registry/import",
            "/labour/import", "/programmes/*/imports", "/allowances/import",
            "/relief/events/*/import", "/gratitude/import"};
    /**
     * API uploads of a commune's data: only for whoever writes a commune, refused before the file is read (a
     * file is parsed only once the request reaches its controller, after these rules).
     */
    static final String[] API_UNIT_WRITER_UPLOADS = {"/api/v1/programmes/*/imports", "/api/v1/households/imports",
            "/api/v1/allowances/imports", "/api/v1/relief/events/*/imports", "/api/v1/gratitude/imports",
            "/api/v1/labour/imports", "/api/v1/labour/persons/imports"};
    /** API writes of the coordinating office: next year's programme, a programme's reporting periods. */
    static final String[] ADMIN_API_WRITES = {"/api/v1/programmes/*/next-year", "/api/v1/programmes/*/periods"};
    /** A programme's text through the API: the coordinating office's, as its pages are. */
    static final String PROGRAMME_TEXT_API = "/api/v1/programmes/*/document";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserAccountRepository accounts, MessageSource messages,
            LocaleResolver locales, AccessScopes scopes) throws Exception {
        ApiRefusals refusals = new ApiRefusals(messages, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, DATA_PROTECTION_API).hasAnyRole("ADMIN", "DATA_PROTECTION_OFFICER")
                        .requestMatchers("/api/v1/admin/**", "/api/v1/programme-files/**", PROGRAMME_TEXT_API).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, ADMIN_API_WRITES).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, API_UNIT_WRITER_UPLOADS).access(unitWriters(scopes))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new ApiTokenFilter(tokens, refusals), BasicAuthenticationFilter.class)
                .addFilterAfter(new CurrentAccountFilter(accounts), SecurityContextHolderFilter.class)
                .securityContext(c -> c.securityContextRepository(new ReadOnlySessionContext()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserAccountRepository accounts, AccessScopes scopes) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.GET, DATA_PROTECTION_PAGES).hasAnyRole("ADMIN", "DATA_PROTECTION_OFFICER")
                        .requestMatchers(ADMIN_PAGES, "/imports/**").hasRole("ADMIN")
                        .requestMatchers(PROGRAMME_TEXT_EDITS).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, ADMIN_PAGE_WRITES).hasRole("ADMIN")
                        .requestMatchers(UNIT_WRITER_PAGES).access(unitWriters(scopes))
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new CurrentAccountFilter(accounts), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        headers(http);
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> unitWriters(AccessScopes scopes) {
        return (authentication, request) -> new AuthorizationDecision(scopes.of(authentication.get()).writesAnyUnit());
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(Customizer.withDefaults()));
    }
}
