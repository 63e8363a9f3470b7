package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.HouseholdImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;

/**
 * What users read holds no codes: the main pages, in Vietnamese and English, with a registry filled in,
 * after changes (the audit log), a failed sign-in and bad uploads, show no enum name (SCREAMING_CASE),
 * no exception name, no raw JSON and no table code.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainWordsTest {

    private static final Pattern SCREAMING = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern EXCEPTION = Pattern.compile("[A-Za-z]*Exception\\b");
    private static final Pattern JSON = Pattern.compile("\\{\\s*\"");
    /** A table's code, not a file the user named so («bieu-1 sua.xlsx» in the audit of a workbook import is data). */
    private static final Pattern TABLE_CODE = Pattern.compile("\\bbieu-\\d(?![\\w ]*\\.(?:xlsx|csv))");
    private static final List<String> PAGES = List.of("/programmes/1", "/programmes/1/tables",
            "/programmes/1/tables/bieu-2", "/programmes/1/findings", "/programmes/1/dashboard", "/programmes/1/progress",
            "/programmes/1/reports?period=2019-03", "/programmes/1/reports/consolidated?period=2019-03",
            "/programmes/1/sponsorship", "/programmes/1/registry", "/programmes/1/apportionment",
            "/programmes/1/imports", "/imports/programme", "/registry?unit=%d&year=2064", "/registry/import",
            "/labour/import", "/poverty/standards", "/admin/audit", "/admin/users", "/admin/units",
            "/admin/organisations");

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdImports households;
    @Autowired
    vn.ansinh.units.Units units;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long camThuy;

    @BeforeAll
    void aRegistryWithPoorHouseholdsOfBothGroups() throws Exception {
        camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        String csv = "Xã;Mã hộ;Khu vực;Năm;Phân loại;Nhóm hộ nghèo;Lý do;Họ tên;Giới tính;Quan hệ với chủ hộ;BHYT\n"
                + "Xã Cam Thủy;PW-01;Nông thôn;2064;Hộ nghèo;CSGN;;Trần Văn Nam;Nam;Chủ hộ;x\n"
                + "Xã Cam Thủy;PW-02;Nông thôn;2064;Hộ nghèo;Không thể thoát nghèo;Khuyết tật nặng;Lê Thị Lành;Nữ;Chủ hộ;x\n";
        assertThat(households.importList("pw.csv", csv.getBytes(StandardCharsets.UTF_8), false, AccessScope.everything())
                .errors()).isEmpty();
    }

    @Test
    void theMainPagesSayEverythingInWords() throws Exception {
        List<String> found = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            for (String page : PAGES) {
                found.addAll(codesOn(page.formatted(camThuy), get(page.formatted(camThuy)).param("lang", language)));
            }
            for (Long household : jdbc.sql("select id from household where code like 'PW-%'").query(Long.class).list()) {
                found.addAll(codesOn("household " + household, get("/registry/households/" + household).param("lang", language)));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theAuditLogNamesTheKindOfRecordAndListsEachChangeInWords() throws Exception {
        mvc.perform(formLogin().user("khong.co.ai").password("sai-mat-khau"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/users").with(csrf())
                .param("username", "nhatky.xem").param("displayName", "Người xem nhật ký").param("role", "VIEWER")
                .param("unitId", "1"));
        String page = visible(mvc.perform(get("/admin/audit")).andReturn().getResponse().getContentAsString());
        assertThat(codesOn("/admin/audit", get("/admin/audit"))).isEmpty();
        assertThat(page).contains("Tài khoản", "Tên đăng nhập: nhatky.xem", "Vai trò: Người xem",
                "Lý do: sai tên đăng nhập hoặc mật khẩu").doesNotContain("user_account", "displayName");
        assertThat(visible(mvc.perform(get("/admin/audit").param("lang", "en")).andReturn().getResponse()
                .getContentAsString())).contains("User account", "Username: nhatky.xem", "Role: Viewer");
    }

    @Test
    void aFailedSignInSaysWhyInWords() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("khong.co.ai").password("sai"))
                .andReturn().getRequest().getSession();
        assertThat(codesOn("/login", get("/login").session(session))).isEmpty();
    }

    @Test
    void badUploadsAreRefusedInWords() throws Exception {
        byte[] latin1 = "title: Bi\u1EC3u s\u1ED1 2\nn\u0103m: 2019\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] notExcel = "PK\u0003\u0004 broken zip".getBytes(StandardCharsets.ISO_8859_1);
        byte[] csvLatin1 = "Xã;Mã hộ;Họ tên\nCam Thủy;1;Hồ Văn Pả\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(codesOn("/imports/programme", upload("/imports/programme", "ct.yaml", latin1))).isEmpty();
        assertThat(codesOn("/programmes/1/imports", upload("/programmes/1/imports", "bieu.xlsx", notExcel))).isEmpty();
        assertThat(codesOn("/registry/import", upload("/registry/import", "ds.csv", csvLatin1))).isEmpty();
        assertThat(codesOn("/labour/import", upload("/labour/import", "ld.csv", csvLatin1))).isEmpty();
    }

    private static org.springframework.test.web.servlet.RequestBuilder upload(String url, String name, byte[] content) {
        return multipart(url).file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(csrf());
    }

    /** Every code the page shows, named with the page. */
    private List<String> codesOn(String name, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(name).isIn(200, 422);
        String text = visible(response.getContentAsString(StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        for (Pattern pattern : List.of(SCREAMING, EXCEPTION, JSON, TABLE_CODE)) {
            Matcher code = pattern.matcher(text);
            while (code.find()) {
                int from = Math.max(0, code.start() - 40);
                codes.add(name + ": «" + text.substring(from, Math.min(text.length(), code.end() + 20)).strip() + "»");
            }
        }
        return codes;
    }

    /** The text a reader sees: no scripts, styles, tags or attributes. */
    static String visible(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]+>", " ");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ");
    }
}
