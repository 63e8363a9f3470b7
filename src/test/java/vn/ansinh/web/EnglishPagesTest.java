package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.HouseholdImports;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * English pages are in English: walked as the administrator and as the Cam An commune officer, with a
 * registry and a report, every main page says in Vietnamese only what users and the print
 * wrote (names of units, organisations, people, the printed tables' titles and headings) — no kind word
 * («Xã Cam An»), measure («người»), period or label left Vietnamese — and names units the English way.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishPagesTest {

    private static final int YEAR = 2045;
    private static final String OFFICER = "canbo.an.english";
    private static final Pattern UNIT_KIND = Pattern.compile(
            "^(?iu)(xã|phường|thị trấn|thị xã|thành phố|huyện|quận|tỉnh|đặc khu|thôn|bản|khu phố|tổ dân phố)\\s+");
    private static final Pattern VIETNAMESE = Pattern.compile("(?i)[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộ"
            + "ơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]");
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "(?:title|placeholder|aria-label|data-confirm)=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    HouseholdImports households;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    long programme;
    long camAn;
    long household;
    long report;
    List<String> data;

    @BeforeAll
    void aProgrammeWithARegistryAReportAndRecords() throws Exception {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        if (seed.created()) {
            String csv = "Xã;Mã hộ;Thôn;Khu vực;Năm;Phân loại;Nhóm hộ nghèo;Lý do;Họ tên;Giới tính;Quan hệ với chủ hộ\n"
                    + "Xã Cam An;EN-01;Thôn Cam Phú;Nông thôn;" + YEAR + ";Hộ nghèo;CSGN;;Trần Văn Nam;Nam;Chủ hộ\n"
                    + "Xã Cam An;EN-01;Thôn Cam Phú;Nông thôn;" + YEAR + ";Hộ nghèo;CSGN;;Lê Thị Hoa;Nữ;Vợ\n"
                    + "Xã Cam An;EN-02;Thôn An Mỹ;Nông thôn;" + YEAR + ";Hộ cận nghèo;;;Lê Thị Lành;Nữ;Chủ hộ\n";
            assertThat(households.importList("en.csv", csv.getBytes(StandardCharsets.UTF_8), false,
                    AccessScope.everything()).errors()).isEmpty();
            long march = jdbc.sql("select id from reporting_period where programme_id = :p and kind = 'MONTH' and number = 3")
                    .param("p", programme).query(Long.class).single();
            created("/api/v1/reports", "{\"periodId\":" + march + ",\"unitId\":" + camAn + "}");
        }
        household = jdbc.sql("select id from household where code = 'EN-01'").query(Long.class).single();
        report = jdbc.sql("select r.id from report r join reporting_period p on p.id = r.period_id "
                + "where p.programme_id = :p").param("p", programme).query(Long.class).list().get(0);
        data = userAndPrintedData();
    }

    private void created(String uri, String json) throws Exception {
        var response = mvc.perform(post(uri).with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER"))
                .contentType("application/json").content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isIn(200, 201);
    }

    @Test
    void theAdministratorsPagesInEnglishLeaveNoVietnameseButTheData() throws Exception {
        List<String> pages = new ArrayList<>(pages());
        pages.addAll(List.of("/programmes", "/admin/users", "/admin/units", "/admin/units/successions",
                "/admin/units/imports", "/admin/backups", "/registry/households/new"));
        List<String> leftovers = new ArrayList<>();
        for (String page : pages) {
            leftovers.addAll(vietnameseOn(page, get(page)));
        }
        assertThat(leftovers).isEmpty();
    }

    @Test
    void theCommuneOfficersPagesInEnglishLeaveNoVietnameseButTheData() throws Exception {
        List<String> leftovers = new ArrayList<>();
        for (String page : pages()) {
            leftovers.addAll(vietnameseOn(page, get(page).with(user(OFFICER).roles("COMMUNE_OFFICER"))));
        }
        assertThat(leftovers).isEmpty();
    }

    @Test
    void anEnglishPageNamesUnitsTheEnglishWayAndAVietnameseOneAsBefore() throws Exception {
        assertThat(text("/programmes/" + programme + "/tables/bieu-3", "en")).contains("Cam An Commune", "Cam Lộ Township")
                .doesNotContain("Xã Cam An", "TT Cam Lộ");
        assertThat(text("/programmes/" + programme + "/tables/bieu-3", "vi")).contains("Xã Cam An", "TT Cam Lộ")
                .doesNotContain("Cam An Commune");
        assertThat(text("/programmes/" + programme + "/reports/" + report, "en")).contains("Report of March " + YEAR
                + " — Cam An Commune");
        assertThat(text("/programmes/" + programme + "/reports/" + report, "vi")).contains("— Xã Cam An");
        assertThat(text("/registry?unit=" + camAn + "&year=" + YEAR, "en")).contains("Quảng Trị Province",
                "Cam Lộ District", "Cam An Commune");
        assertThat(text("/registry?unit=" + camAn + "&year=" + YEAR, "vi")).contains("tỉnh Quảng Trị", "xã Cam An");
        assertThat(text("/programmes/" + programme + "/dashboard", "en")).contains("1.296 people", "82 households");
        assertThat(text("/programmes/" + programme, "en")).contains("Coordinating unit: Cam Lộ District · year " + YEAR);
        assertThat(text("/programmes/" + programme, "vi")).contains("Đơn vị điều phối: huyện Cam Lộ · năm " + YEAR);
    }

    @Test
    void theDashboardsChartsNameTheirSeriesAndCommunesInThePagesLanguage() throws Exception {
        String english = charts("en");
        assertThat(english).contains("\"name\":\"Jobs created\"", "\"name\":\"Cam An Commune\"",
                "\"name\":\"Cam Lộ Township\"").doesNotContain("Giải quyết việc làm", "TT Cam Lộ");
        assertThat(charts("vi")).contains("\"name\":\"Giải quyết việc làm\"", "\"name\":\"TT Cam Lộ\"");
    }

    private List<String> pages() {
        String p = "/programmes/" + programme;
        return List.of(p + "/dashboard", p + "/tables/bieu-1", p + "/tables/bieu-2", p + "/tables/bieu-3",
                p + "/progress", p + "/reports?period=" + YEAR + "-03", p + "/reports/consolidated?period=" + YEAR + "-03",
                p + "/reports/" + report, p + "/sponsorship?unit=" + camAn, p + "/apportionment", p + "/labour/records",
                p + "/registry", "/registry?unit=" + camAn + "&year=" + YEAR, "/registry/households/" + household,
                "/registry/reviews?unit=" + camAn + "&year=" + YEAR);
    }

    /** Each text of the page, in English, that is still Vietnamese once the data it quotes is taken out. */
    private List<String> vietnameseOn(String page, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.param("lang", "en")).andReturn().getResponse();
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>(texts(html));
        Matcher attribute = SHOWN_ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            shown.add(HtmlUtils.htmlUnescape(attribute.group(1)));
        }
        List<String> leftovers = new ArrayList<>();
        for (String text : shown) {
            String rest = text;
            for (String quoted : data) {
                rest = rest.replace(quoted, " ");
            }
            if (VIETNAMESE.matcher(rest).find() && !text.equals("Tiếng Việt")) {
                leftovers.add(page + ": «" + text + "»");
            }
        }
        return leftovers.stream().distinct().toList();
    }

    /** What users and the print wrote, longest first (a name inside a longer one is taken out after it). */
    private List<String> userAndPrintedData() {
        List<String> found = new ArrayList<>();
        for (String query : List.of("select name from administrative_unit", "select name from partner_organisation",
                "select short_name from partner_organisation", "select title from annex_table",
                "select total_label from annex_table", "select label from annex_header_cell", "select text from annex_note",
                "select display_name from user_account", "select village from household", "select head_name from household",
                "select full_name from household_member", "select relation from household_member",
                // The legal basis an administrator typed, quoted as written (a decision's Vietnamese title).
                "select legal_basis from review_calendar",
                // A commitment's wording as the programme signed it, and the evidence a party typed.
                "select wording from commitment", "select evidence from commitment_progress")) {
            found.addAll(jdbc.sql(query).query(String.class).list());
        }
        found.addAll(found.stream().filter(t -> t != null && t.contains(":")).map(t -> t.substring(0, t.indexOf(':')))
                .toList());
        // An English page names a unit by its name without the kind word («Tỉnh Trẻ Em» → "Trẻ Em Province").
        found.addAll(jdbc.sql("select name from administrative_unit").query(String.class).list().stream()
                .map(name -> UNIT_KIND.matcher(name.strip()).replaceFirst("")).toList());
        return found.stream().filter(t -> t != null && t.strip().length() > 1).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private String text(String page, String language) throws Exception {
        return String.join(" ", texts(mvc.perform(get(page).param("lang", language)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));
    }

    private String charts(String language) throws Exception {
        String html = mvc.perform(get("/programmes/" + programme + "/dashboard").param("lang", language)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher charts = Pattern.compile("data-charts=\"([^\"]*)\"").matcher(html);
        assertThat(charts.find()).isTrue();
        return HtmlUtils.htmlUnescape(charts.group(1));
    }

    /** The page's texts as a reader sees them, one per element: no scripts, styles or tags. */
    private static List<String> texts(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "\n").replaceAll("(?s)<!--.*?-->", "\n")
                .replaceAll("(?s)<[^>]+>", "\n");
        return HtmlUtils.htmlUnescape(text).lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty())
                .toList();
    }
}
