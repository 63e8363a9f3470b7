package vn.ansinh.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.support.SignedOutIntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * The access log of personal data: an officer says why once per session — an empty choice refused beside the
 * field — and each page and download that then shows personal data in full is logged with that purpose; a page
 * shown masked (before the choice, or to a viewer) is not. Administrators read the log, filtered by subject, on
 * the page and in the API; a commune officer is refused both.
 */
@SignedOutIntegrationTest
class PersonalDataAccessTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    AccessLog log;
    @Autowired
    Clock clock;

    long camTuyen;
    String citizenId;
    Household household;

    @BeforeEach
    void household() {
        camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        citizenId = "0459" + String.format("%08d", System.nanoTime() % 100_000_000L);
        household = registry.register(household(camTuyen, "PD" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100000,
                citizenId), AccessScope.everything());
    }

    @Test
    void anOfficerChoosesAPurposeOnceThenEachViewAndExportIsLoggedWithIt() throws Exception {
        MockHttpSession officer = signIn("pd.canbo.tuyen", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen));
        String url = "/registry/households/" + household.id();

        String masked = html(get(url), officer);
        assertThat(masked).contains("id=\"purpose-form\"", "Chọn mục đích xem để hiện đầy đủ", masked(citizenId))
                .doesNotContain(citizenId, "0912345678");
        assertThat(logOf(citizenId)).isEmpty();

        MockHttpServletResponse chosen = mvc.perform(post("/personal-data/purpose").param("purpose", "POVERTY_REVIEW")
                .param("next", url).session(officer).with(csrf())).andReturn().getResponse();
        assertThat(chosen.getRedirectedUrl()).isEqualTo(url);

        Instant before = clock.instant();
        String full = html(get(url), officer);
        assertThat(full).contains(citizenId, "0912345678", "Rà soát hộ nghèo").doesNotContain("id=\"purpose-form\"");
        List<AccessRecord> viewed = logOf(citizenId);
        assertThat(viewed).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("pd.canbo.tuyen");
            assertThat(r.action()).isEqualTo(PersonalDataAction.HOUSEHOLD_VIEW);
            assertThat(r.purpose()).isEqualTo(AccessPurpose.POVERTY_REVIEW);
            assertThat(r.householdId()).isEqualTo(household.id());
            assertThat(r.householdCode()).isEqualTo(household.code());
            assertThat(r.citizenIds()).containsExactly(citizenId);
            assertThat(r.occurredAt()).isBetween(before.minusSeconds(1), clock.instant());
        });

        MockHttpServletResponse export = mvc.perform(get("/registry/households.xlsx").param("unit", "" + camTuyen)
                .param("year", "2026").session(officer)).andReturn().getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"so-ho-xa-cam-tuyen-2026.xlsx\"");
        assertThat(ExportMarking.of(export.getContentAsByteArray())).allSatisfy(marking -> assertThat(marking)
                .startsWith("DỮ LIỆU CÁ NHÂN – chỉ dùng cho mục đích: Rà soát hộ nghèo. Tải về bởi pd.canbo.tuyen lúc "));
        AccessRecord exported = log.search(null, 1).records().get(0);
        assertThat(exported.actor()).isEqualTo("pd.canbo.tuyen");
        assertThat(exported.action()).isEqualTo(PersonalDataAction.HOUSEHOLD_EXPORT);
        assertThat(exported.purpose()).isEqualTo(AccessPurpose.POVERTY_REVIEW);
        assertThat(exported.unitId()).isEqualTo(camTuyen);
    }

    /** The correction form holds the data in full (a masked value would be saved): purpose first, then logged. */
    @Test
    void theCorrectionFormAsksThePurposeFirstAndIsLogged() throws Exception {
        MockHttpSession officer = signIn("pd.canbo.tuyen3", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen));
        String url = "/registry/households/" + household.id() + "/edit";

        MockHttpServletResponse first = mvc.perform(get(url).session(officer)).andReturn().getResponse();
        assertThat(first.getRedirectedUrl()).isEqualTo("/personal-data/purpose?next=%2Fregistry%2Fhouseholds%2F"
                + household.id() + "%2Fedit");
        assertThat(logOf(citizenId)).isEmpty();

        mvc.perform(post("/personal-data/purpose").param("purpose", "BENEFIT_PAYMENT").param("next", url)
                .session(officer).with(csrf()));
        assertThat(html(get(url), officer)).contains("value=\"" + citizenId + "\"");
        assertThat(logOf(citizenId)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(PersonalDataAction.HOUSEHOLD_EDIT);
            assertThat(r.purpose()).isEqualTo(AccessPurpose.BENEFIT_PAYMENT);
            assertThat(r.actor()).isEqualTo("pd.canbo.tuyen3");
        });
    }

    @Test
    void aDownloadWithoutAPurposeGoesToTheFormFirstAndLogsNothing() throws Exception {
        MockHttpSession officer = signIn("pd.canbo.tuyen2", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen));
        long entries = log.search(null, 1).paging().total();

        MockHttpServletResponse export = mvc.perform(get("/registry/households.xlsx?unit=" + camTuyen + "&year=2026")
                .session(officer)).andReturn().getResponse();

        assertThat(export.getRedirectedUrl()).isEqualTo("/personal-data/purpose?next=%2Fregistry%2Fhouseholds.xlsx%3Funit%3D"
                + camTuyen + "%26year%3D2026");
        assertThat(log.search(null, 1).paging().total()).isEqualTo(entries);
    }

    @Test
    void aViewerSeesPersonalDataMaskedAndNothingIsLogged() throws Exception {
        MockHttpSession viewer = signIn("pd.xem.tuyen", RoleAssignment.ofUnit(Role.VIEWER, camTuyen));
        mvc.perform(post("/personal-data/purpose").param("purpose", "OTHER").param("next", "/").session(viewer).with(csrf()));

        String page = html(get("/registry/households/" + household.id()), viewer);

        assertThat(page).contains(masked(citizenId)).doesNotContain(citizenId, "id=\"purpose-form\"");
        assertThat(logOf(citizenId)).isEmpty();
        byte[] export = mvc.perform(get("/registry/households.xlsx").param("unit", "" + camTuyen).param("year", "2026")
                .session(viewer)).andReturn().getResponse().getContentAsByteArray();
        assertThat(ExportMarking.of(export)).containsOnly(
                "DỮ LIỆU CÁ NHÂN (số CCCD và điện thoại đã che) – chỉ dùng cho công việc của chương trình.");
    }

    @Test
    void thePurposeFormRefusesAnEmptyChoiceBesideTheFieldAndKeepsThePageMasked() throws Exception {
        MockHttpSession officer = signIn("pd.canbo.tuyen3", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen));
        String url = "/registry/households/" + household.id();

        MockHttpServletResponse refused = mvc.perform(post("/personal-data/purpose").param("purpose", "")
                .param("next", url).session(officer).with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"purpose-problem\"", "Hãy chọn mục đích xem.",
                "aria-describedby=\"purpose-problem\"", "value=\"" + url + "\"");
        assertThat(html(get(url), officer)).contains(masked(citizenId)).doesNotContain(citizenId);
        assertThat(logOf(citizenId)).isEmpty();
        assertThat(mvc.perform(post("/personal-data/purpose").param("purpose", "OTHER").param("next", "//example.com/x")
                .session(officer).with(csrf())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    /** The API has no purpose form: a read names its purpose, or is answered masked; with one it is logged. */
    @Test
    void anApiReadShowsPersonalDataOnlyWithAPurposeAndIsThenLogged() throws Exception {
        String password = TestAccounts.ensure(accounts, "pd.api.tuyen", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER,
                camTuyen)));
        String one = "/api/v1/households/" + household.id();

        String masked = api(get(one), "pd.api.tuyen", password, 200);
        assertThat(JsonPath.<String>read(masked, "$.members[0].citizenId")).isEqualTo(masked(citizenId));
        assertThat(JsonPath.<String>read(masked, "$.phone")).isEqualTo("******5678");
        assertThat(logOf(citizenId)).isEmpty();

        String full = api(get(one).param("purpose", "REQUESTED_REPORT"), "pd.api.tuyen", password, 200);
        assertThat(JsonPath.<String>read(full, "$.members[0].citizenId")).isEqualTo(citizenId);
        assertThat(logOf(citizenId)).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("pd.api.tuyen");
            assertThat(r.action()).isEqualTo(PersonalDataAction.API_HOUSEHOLD);
            assertThat(r.purpose()).isEqualTo(AccessPurpose.REQUESTED_REPORT);
            assertThat(r.householdCode()).isEqualTo(household.code());
        });

        api(get("/api/v1/households").param("unit", "" + camTuyen).param("year", "2026").param("purpose", "OTHER"),
                "pd.api.tuyen", password, 200);
        AccessRecord listed = log.search(null, 1).records().get(0);
        assertThat(listed.action()).isEqualTo(PersonalDataAction.API_HOUSEHOLD_LIST);
        assertThat(listed.purpose()).isEqualTo(AccessPurpose.OTHER);
        assertThat(listed.unitId()).isEqualTo(camTuyen);

        String refused = api(get(one).param("purpose", "tò mò"), "pd.api.tuyen", password, 422);
        assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("purpose");
        assertThat(JsonPath.<String>read(refused, "$.detail")).startsWith("Mục đích «tò mò» không có trong danh sách; "
                + "hãy ghi một trong: POVERTY_REVIEW, BENEFIT_PAYMENT");
        assertThat(logOf(citizenId)).hasSize(1);
    }

    @Test
    void aViewerReadsTheApiMaskedWhateverThePurposeAndNothingIsLogged() throws Exception {
        String password = TestAccounts.ensure(accounts, "pd.api.xem", Set.of(RoleAssignment.ofUnit(Role.VIEWER, camTuyen)));

        String json = api(get("/api/v1/households/" + household.id()).param("purpose", "POVERTY_REVIEW"), "pd.api.xem",
                password, 200);

        assertThat(JsonPath.<String>read(json, "$.members[0].citizenId")).isEqualTo(masked(citizenId));
        assertThat(logOf(citizenId)).isEmpty();
    }

    @Test
    void administratorsReadTheLogBySubjectOnThePageAndInTheApiACommuneOfficerIsRefused() throws Exception {
        MockHttpSession officer = signIn("pd.canbo.tuyen4", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen));
        Household other = registry.register(household(camTuyen, "PDO" + SERIAL.incrementAndGet(), "0458" + citizenId.substring(4)),
                AccessScope.everything());
        mvc.perform(post("/personal-data/purpose").param("purpose", "BENEFIT_PAYMENT").param("next", "/")
                .session(officer).with(csrf()));
        html(get("/registry/households/" + household.id()), officer);
        html(get("/registry/households/" + other.id()), officer);
        String adminPassword = TestAccounts.ensure(accounts, "pd.quantri", Set.of(RoleAssignment.admin()));
        MockHttpSession admin = signIn("pd.quantri", RoleAssignment.admin());

        String page = html(get("/admin/personal-data/access-log").param("subject", citizenId), admin);
        AccessRecord entry = logOf(citizenId).get(0);
        assertThat(page).contains("1 lượt", "pd.canbo.tuyen4", "Trang của một hộ", "Chi trả chính sách",
                "Hộ " + household.code(), new OfficeTime().format(entry.occurredAt()))
                .doesNotContain("Hộ " + other.code());
        assertThat(html(get("/admin/personal-data/access-log").param("subject", other.code()), admin))
                .contains("Hộ " + other.code()).doesNotContain("Hộ " + household.code());

        String json = mvc.perform(get("/api/v1/admin/personal-data/access-log").param("subject", citizenId)
                .with(httpBasic("pd.quantri", adminPassword))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.total")).isEqualTo(1);
        assertThat(JsonPath.<String>read(json, "$.records[0].who")).isEqualTo("pd.canbo.tuyen4");
        assertThat(JsonPath.<String>read(json, "$.records[0].purpose")).isEqualTo("BENEFIT_PAYMENT");
        assertThat(JsonPath.<String>read(json, "$.records[0].action")).isEqualTo("HOUSEHOLD_VIEW");
        assertThat(JsonPath.<String>read(json, "$.records[0].householdCode")).isEqualTo(household.code());
        assertThat(JsonPath.<String>read(json, "$.records[0].when")).isEqualTo(entry.occurredAt().toString());

        String officerPassword = TestAccounts.ensure(accounts, "pd.canbo.tuyen4",
                Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen)));
        assertThat(mvc.perform(get("/admin/personal-data/access-log").session(officer)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/admin/personal-data/access-log").with(httpBasic("pd.canbo.tuyen4",
                officerPassword))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private String api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username,
            String password, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(username, password))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private List<AccessRecord> logOf(String subject) {
        return log.search(subject, 1).records();
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession signIn(String username, RoleAssignment role) throws Exception {
        String password = TestAccounts.ensure(accounts, username, Set.of(role));
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password)).andReturn().getRequest()
                .getSession();
    }

    static String masked(String citizenId) {
        return "********" + citizenId.substring(8);
    }

    static Household household(long unit, String code, String citizenId) {
        return new Household(null, unit, code, "Thôn Cam Phú", "Hồ Văn Dữ", "Thôn Cam Phú, xã Cam Tuyền", "Vân Kiều",
                "0912 345 678", Area.RURAL, List.of(
                        new Member("Hồ Văn Dữ", Sex.M, LocalDate.of(1970, 5, 6), "Chủ hộ", citizenId, true, true,
                                "THCS", "Nông nghiệp"),
                        new Member("Hồ Thị Liệu", Sex.F, LocalDate.of(1974, 2, 3), "Vợ", null, false, true, null, null)));
    }
}
