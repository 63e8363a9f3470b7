package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.accounts.ApiToken;
import vn.ansinh.accounts.ApiTokens;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;
import vn.ansinh.households.SupportLog;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;
import vn.ansinh.support.RowCounts;
import vn.ansinh.units.Units;

/**
 * Every kind of write the application has today leaves exactly one audit entry — who (the admin
 * signed in, or the user signing in), when (by the application's clock), what record, and the
 * values before and after, never a password, a password hash or a token — and a write that is
 * refused leaves none. Account writes go through the administration pages, as an administrator
 * makes them.
 */
@IntegrationTest
class EveryWriteAuditedTest {

    static final String ADMIN = "quantri-test";
    static final String PASSWORD = "Mat-khau-Ghi-2084";
    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Units units;

    @Autowired
    HouseholdRegistry registry;

    @Autowired
    SupportLog support;

    AuditRows rows;
    long camAn;
    long camThanh;

    @BeforeEach
    void units() {
        rows = new AuditRows(jdbc);
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        camThanh = units.byCode("QT.CL.THANH").orElseThrow().id();
    }

    @Autowired
    vn.ansinh.audit.internal.PersonalValues personalValues;

    @Test
    void anImportIsOneImportEntryOnTheProgramme() throws Exception {
        AuditEvent event = theOneEntryOf(multipart("/imports/programme")
                .file(ProgrammeYaml.seed().withYear(2084).upload("ghi-2084.yaml")).param("commit", "true").with(csrf()),
                status().isOk());

        long programme = jdbc.sql("select id from programme where programme_year = 2084").query(Long.class).single();
        assertEntry(event, ADMIN, "IMPORT", "programme", Long.toString(programme));
        assertThat(event.unitId()).isEqualTo(units.byCode("QT.CL").orElseThrow().id());
        assertThat(event.oldValue()).isNull();
        JsonNode value = json.readTree(event.newValue());
        assertThat(value.get("file").asString()).isEqualTo("ghi-2084.yaml");
        assertThat(value.get("created").get("programmes").asInt()).isEqualTo(1);
        assertThat(value.get("created").get("tables").asInt()).isEqualTo(3);
    }

    @Test
    void creatingAUserIsOneCreateEntryWithUsernameAndRolesAndNeverThePassword() throws Exception {
        String username = newUsername();
        AuditEvent event = theOneEntryOf(post("/admin/users").param("username", username)
                .param("displayName", "Lê Thị Ghi").param("password", PASSWORD).param("role", "VIEWER")
                .param("unitId", Long.toString(camAn)).with(csrf()));

        UserAccount account = accounts.byUsername(username).orElseThrow();
        assertEntry(event, ADMIN, "CREATE", "user_account", Long.toString(account.id()));
        assertThat(event.oldValue()).isNull();
        JsonNode value = json.readTree(event.newValue());
        assertThat(value.propertyNames()).containsExactlyInAnyOrder("change", "username", "displayName", "enabled", "roles");
        assertThat(List.of(value("change", value), value("username", value), value("displayName", value),
                value("enabled", value))).containsExactly("create", username, "Lê Thị Ghi", "true");
        assertThat(roles(event.newValue())).containsExactly("VIEWER@" + camAn);
        assertNoSecret(event, PASSWORD, passwordHash(account.id()));
    }

    @Test
    void disablingAndEnablingAreOneUpdateEntryEach() throws Exception {
        UserAccount account = newViewer();

        AuditEvent disabled = theOneEntryOf(post("/admin/users/" + account.id() + "/enabled")
                .param("enabled", "false").with(csrf()));
        assertEntry(disabled, ADMIN, "UPDATE", "user_account", Long.toString(account.id()));
        assertThat(value(disabled.oldValue(), "enabled")).isEqualTo("true");
        assertThat(value(disabled.newValue(), "enabled")).isEqualTo("false");
        assertThat(value(disabled.newValue(), "change")).isEqualTo("disable");

        AuditEvent enabled = theOneEntryOf(post("/admin/users/" + account.id() + "/enabled")
                .param("enabled", "true").with(csrf()));
        assertThat(value(enabled.oldValue(), "enabled")).isEqualTo("false");
        assertThat(value(enabled.newValue(), "enabled")).isEqualTo("true");
        assertThat(value(enabled.newValue(), "change")).isEqualTo("enable");
        assertThat(accounts.byId(account.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aPasswordResetIsOneUpdateEntryThatSaysSoWithoutEitherPasswordOrHash() throws Exception {
        UserAccount account = newViewer();
        String oldHash = passwordHash(account.id());

        long last = rows.lastId();
        Instant before = clock.instant();
        MvcResult result = mvc.perform(post("/admin/users/" + account.id() + "/password").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String newPassword = (String) result.getFlashMap().get("newPassword");
        AuditEvent event = theOneEntrySince(last, before);

        assertThat(newPassword).isNotBlank();
        assertThat(passwordHash(account.id())).isNotEqualTo(oldHash);
        assertEntry(event, ADMIN, "UPDATE", "user_account", Long.toString(account.id()));
        assertThat(value(event.newValue(), "change")).isEqualTo("password");
        assertNoSecret(event, PASSWORD, newPassword, oldHash, passwordHash(account.id()));
    }

    @Test
    void assigningAndRemovingARoleAreOneUpdateEntryEachWithTheRolesBeforeAndAfter() throws Exception {
        UserAccount account = newViewer();

        AuditEvent added = theOneEntryOf(post("/admin/users/" + account.id() + "/roles")
                .param("role", "COMMUNE_OFFICER").param("unitId", Long.toString(camThanh)).with(csrf()));
        assertEntry(added, ADMIN, "UPDATE", "user_account", Long.toString(account.id()));
        assertThat(roles(added.oldValue())).containsExactly("VIEWER@" + camAn);
        assertThat(roles(added.newValue())).containsExactlyInAnyOrder("VIEWER@" + camAn, "COMMUNE_OFFICER@" + camThanh);
        assertThat(value(added.newValue(), "change")).isEqualTo("roles");

        AuditEvent removed = theOneEntryOf(post("/admin/users/" + account.id() + "/roles/remove")
                .param("role", "VIEWER").param("unitId", Long.toString(camAn)).with(csrf()));
        assertThat(roles(removed.oldValue())).containsExactlyInAnyOrder("VIEWER@" + camAn, "COMMUNE_OFFICER@" + camThanh);
        assertThat(roles(removed.newValue())).containsExactly("COMMUNE_OFFICER@" + camThanh);
    }

    @Test
    void issuingAndRevokingATokenAreOneCreateAndOneDeleteEntryWithoutTheToken() throws Exception {
        UserAccount account = newViewer();

        long last = rows.lastId();
        Instant before = clock.instant();
        MvcResult result = mvc.perform(post("/admin/users/" + account.id() + "/tokens").param("name", "Bảng tính")
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        AuditEvent issued = theOneEntrySince(last, before);
        String token = (String) result.getFlashMap().get("newToken");
        ApiToken listed = tokens.ofUser(account.id()).get(0);

        assertThat(token).startsWith("ansinh_");
        assertEntry(issued, ADMIN, "CREATE", "api_token", Long.toString(listed.id()));
        assertThat(issued.oldValue()).isNull();
        assertThat(json.readTree(issued.newValue())).isEqualTo(json.readTree("""
                {"username": "%s", "name": "Bảng tính", "active": true}""".formatted(account.username())));
        assertNoSecret(issued, token, tokenHash(listed.id()));

        String revoke = "/admin/users/" + account.id() + "/tokens/" + listed.id() + "/revoke";
        AuditEvent revoked = theOneEntryOf(post(revoke).with(csrf()));
        assertEntry(revoked, ADMIN, "DELETE", "api_token", Long.toString(listed.id()));
        assertThat(value(revoked.oldValue(), "active")).isEqualTo("true");
        assertThat(value(revoked.newValue(), "active")).isEqualTo("false");
        assertNoSecret(revoked, token, tokenHash(listed.id()));

        assertNoEntryFrom(post(revoke).with(csrf()));
    }

    @Test
    void aFormLoginIsOneLoginEntryByTheUser() throws Exception {
        UserAccount account = newViewer();

        AuditEvent event = theOneEntryOf(formLogin("/login").user(account.username()).password(PASSWORD),
                redirectedUrl("/"));
        assertEntry(event, account.username(), "LOGIN", "user_account", account.username());
        assertThat(event.oldValue()).isNull();
        assertThat(json.readTree(event.newValue())).isEqualTo(json.readTree("{\"remoteAddress\": \"127.0.0.1\"}"));
        assertNoSecret(event, PASSWORD, passwordHash(account.id()));
    }

    @Test
    void aFailedLoginIsOneLoginFailedEntryWithoutWhatWasTyped() throws Exception {
        UserAccount account = newViewer();

        AuditEvent event = theOneEntryOf(formLogin("/login").user(account.username()).password("Sai-mat-khau-2084"),
                redirectedUrl("/login?error"));
        assertEntry(event, account.username(), "LOGIN_FAILED", "user_account", account.username());
        assertThat(json.readTree(event.newValue())).isEqualTo(json.readTree("""
                {"remoteAddress": "127.0.0.1", "reason": "WRONG_CREDENTIALS"}"""));
        assertNoSecret(event, "Sai-mat-khau-2084", PASSWORD, passwordHash(account.id()));
    }

    @Test
    void correctingAHouseholdIsOneUpdateEntryWithTheHouseholdBeforeAndAfter() throws Exception {
        Household household = newHousehold();

        AuditEvent stored = theOneEntryOf(post("/registry/households/" + household.id()).param("version", "0")
                .param("unitId", Long.toString(camThanh)).param("code", household.code()).param("area", "RURAL")
                .param("members[0].fullName", "Lê Văn Ghi").param("members[0].sex", "M")
                .param("members[0].relation", "Chủ hộ").with(csrf()));
        assertThat(stored.oldValue() + stored.newValue()).as("stored sealed with the household's key")
                .doesNotContain("Lê Thị Nhật", "Lê Văn Ghi");
        AuditEvent event = personalValues.opener().open(stored);

        assertEntry(event, ADMIN, "UPDATE", "household", Long.toString(household.id()));
        assertThat(event.unitId()).isEqualTo(camThanh);
        assertThat(value(event.oldValue(), "unitId")).isEqualTo(Long.toString(camAn));
        assertThat(value(event.newValue(), "unitId")).isEqualTo(Long.toString(camThanh));
        assertThat(event.oldValue()).contains("Lê Thị Nhật");
        assertThat(event.newValue()).doesNotContain("Lê Thị Nhật");
    }

    @Test
    void correctingDeletingAndRestoringSupportAreOneEntryEach() throws Exception {
        Household household = newHousehold();
        Support entry = support.record(new Support(null, household.id(), SupportKind.HOUSING, null, null,
                new BigDecimal("20000000"), LocalDate.of(2019, 3, 1), null, null), AccessScope.everything());
        String id = Long.toString(entry.id());

        AuditEvent changed = theOneEntryOf(post("/registry/support/" + id).param("kind", "HOUSING")
                .param("value", "25.000.000").param("date", "2019-03-02").with(csrf()));
        AuditEvent deleted = theOneEntryOf(post("/registry/support/" + id + "/delete")
                .param("household", Long.toString(household.id())).with(csrf()));
        AuditEvent restored = theOneEntryOf(post("/admin/support/" + id + "/restore").with(csrf()));

        assertEntry(changed, ADMIN, "UPDATE", "household_support", id);
        assertThat(value(changed.oldValue(), "value")).isEqualTo("20000000");
        assertThat(value(changed.newValue(), "value")).isEqualTo("25000000");
        assertEntry(deleted, ADMIN, "DELETE", "household_support", id);
        assertThat(deleted.newValue()).isNull();
        assertEntry(restored, ADMIN, "UPDATE", "household_support", id);
        assertThat(value(restored.oldValue(), "deletedBy")).isEqualTo(ADMIN);
    }

    @Test
    void aRefusedWriteLeavesNoEntry() throws Exception {
        UserAccount account = newViewer();
        String id = Long.toString(account.id());
        RowCounts before = RowCounts.of(jdbc);

        assertNoEntryFrom(post("/admin/users").param("username", newUsername()).param("displayName", "Mật khẩu ngắn")
                .param("password", "ngan1").param("role", "VIEWER").param("unitId", Long.toString(camAn)).with(csrf()));
        assertNoEntryFrom(post("/admin/users").param("username", account.username()).param("displayName", "Trùng tên")
                .param("password", PASSWORD).param("role", "VIEWER").param("unitId", Long.toString(camAn)).with(csrf()));
        assertNoEntryFrom(post("/admin/users").param("username", "Ten Sai!").param("displayName", "Tên sai")
                .param("role", "ADMIN").with(csrf()));
        assertNoEntryFrom(post("/admin/users").param("username", newUsername()).param("displayName", "Thiếu xã")
                .param("role", "COMMUNE_OFFICER").with(csrf()));
        assertNoEntryFrom(post("/admin/users/" + id + "/roles").param("role", "COMMUNE_OFFICER").with(csrf()));
        assertNoEntryFrom(post("/admin/users/" + id + "/roles/remove").param("role", "VIEWER")
                .param("unitId", Long.toString(camAn)).with(csrf()));
        assertNoEntryFrom(post("/admin/users/" + id + "/tokens").param("name", " ").with(csrf()));
        assertNoEntryFrom(post("/admin/users/999999/enabled").param("enabled", "false").with(csrf()));
        assertNoEntryFrom(multipart("/imports/programme").file(ProgrammeYaml.seed().withYear(2085).upload("thu.yaml"))
                .with(csrf()));
        assertNoEntryFrom(multipart("/imports/programme").file(ProgrammeYaml.seed().withYear(2085)
                .withBieu2RowNamed("Cam Xyz").upload("sai.yaml"))
                .param("commit", "true").with(csrf()));

        assertThat(RowCounts.of(jdbc).changesSince(before)).as("nothing written").isEmpty();
        assertThat(accounts.byId(account.id()).orElseThrow().roles())
                .containsExactly(RoleAssignment.ofUnit(Role.VIEWER, camAn));
    }

    /** A household of Cam An with two members, registered outside any test's count. */
    private Household newHousehold() {
        return registry.register(new Household(null, camAn, "GHI-" + USERS.incrementAndGet(), null, "Lê Văn Ghi", null,
                null, null, Area.RURAL, List.of(new Member("Lê Văn Ghi", Sex.M, null, "Chủ hộ", null, false, false, null,
                        null), new Member("Lê Thị Nhật", Sex.F, null, "Vợ", null, false, false, null, null))),
                AccessScope.everything());
    }

    /** A viewer of Cam An with the known password, created outside any test's count. */
    private UserAccount newViewer() {
        return accounts.create(newUsername(), "Người xem", PASSWORD,
                Set.of(RoleAssignment.ofUnit(Role.VIEWER, camAn)));
    }

    private static String newUsername() {
        return "ghi-nhat-ky-" + USERS.incrementAndGet();
    }

    private AuditEvent theOneEntryOf(RequestBuilder request) throws Exception {
        return theOneEntryOf(request, status().is3xxRedirection());
    }

    private AuditEvent theOneEntryOf(RequestBuilder request, ResultMatcher expected)
            throws Exception {
        long last = rows.lastId();
        Instant before = clock.instant();
        mvc.perform(request).andExpect(expected);
        return theOneEntrySince(last, before);
    }

    /** The one entry written since last, stamped by the clock between before and now. */
    private AuditEvent theOneEntrySince(long last, Instant before) {
        Instant after = clock.instant();
        List<AuditEvent> written = rows.since(last);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).occurredAt())
                .isBetween(before.truncatedTo(ChronoUnit.MICROS), after.plus(1, ChronoUnit.MICROS));
        return written.get(0);
    }

    private void assertNoEntryFrom(RequestBuilder request) throws Exception {
        long last = rows.lastId();
        mvc.perform(request);
        assertThat(rows.since(last)).isEmpty();
    }

    private static void assertEntry(AuditEvent event, String actor, String action, String entityType, String entityId) {
        assertThat(event.actor()).isEqualTo(actor);
        assertThat(event.action()).isEqualTo(action);
        assertThat(event.entityType()).isEqualTo(entityType);
        assertThat(event.entityId()).isEqualTo(entityId);
    }

    /** None of the secrets is anywhere in the entry, and no value has a field for one. */
    private void assertNoSecret(AuditEvent event, String... secrets) {
        String entry = String.join(" | ", event.actor(), event.entityId(), String.valueOf(event.oldValue()),
                String.valueOf(event.newValue()));
        assertThat(secrets).allSatisfy(secret -> assertThat(entry).doesNotContain(secret));
        assertThat(Stream.of(event.oldValue(), event.newValue()).filter(v -> v != null)
                .flatMap(v -> json.readTree(v).propertyNames().stream()))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .noneMatch(name -> name.contains("password") || name.contains("hash") || name.contains("token"));
    }

    private String value(String value, String field) {
        return value(field, json.readTree(value));
    }

    private static String value(String field, JsonNode value) {
        assertThat(value.has(field)).as("%s in %s", field, value).isTrue();
        return value.get(field).asString();
    }

    private Set<String> roles(String value) {
        return json.readTree(value).get("roles").valueStream()
                .map(r -> r.get("role").asString() + "@" + r.get("unitId").asString()).collect(Collectors.toSet());
    }

    private String passwordHash(long accountId) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(accountId).query(String.class).single();
    }

    private String tokenHash(long tokenId) {
        return jdbc.sql("select token_hash from api_token where id = ?").param(tokenId).query(String.class).single();
    }
}
