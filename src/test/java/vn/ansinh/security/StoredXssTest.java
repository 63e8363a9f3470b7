package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.support.ProgrammeYaml.escaped;
import static vn.ansinh.support.ProgrammeYaml.quoted;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;

/**
 * Stored XSS: a programme file, a user's name, a token's name and a typed login name carrying
 * markup come back on every page as text (escaped), in the JSON API and the workbook as the data
 * they are. The programme is the seed's, for a district of its own whose every kind of text
 * carries a payload of its own, so each can be looked for where it must show.
 */
// Its own database: the seed imported again into a new district leaves namesakes of the seed's communes
// («Cam Nghĩa» twice), and lists naming a commune would find two in the other tests' database.
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:stored_xss;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class StoredXssTest {

    static final int YEAR = 2081;
    static final String TAG = "X2081";

    static final String TITLE = "CHƯƠNG TRÌNH <script>alert('title')</script>";
    static final String PREAMBLE = "<script>alert('preamble')</script>";
    static final String HEADING = "I. <img src=x onerror=alert(1)>";
    static final String TARGETS_HEADING = "III. <svg onload=alert('heading')>Các chỉ tiêu:";
    static final String PARAGRAPH = "<script>alert('xss')</script>";
    static final String FIGURES_LEAD = "<b onmouseover=alert('figures')>Trong</b>";
    static final String CLOSING = "<iframe src=javascript:alert('closing')></iframe>";
    static final String RECIPIENTS_HEADING = "Nơi <u onclick=alert('recipients')>nhận</u>:";
    static final String RECIPIENT = "<a href=\"javascript:alert('recipient')\">Sở</a>";
    static final String SIGNATURES_HEADING = "<svg onload=alert('signatures')>";
    static final String SIGNATORY = "<img src=x onerror=alert('signatory')>";
    static final String DISTRICT = "Huyện <script>alert('district')</script>";
    static final String COMMUNE = "<b onmouseover=alert(1)>Cam</b> An";
    /** Excel would take it for a formula if it were written as one: it must stay text. */
    static final String FORMULA_COMMUNE = "=HYPERLINK(\"https://example.invalid\",\"Cam Thanh\")";
    static final String ORGANISATION = "<script>alert('organisation')</script>";
    static final String TABLE_TITLE = "Biểu số 1 <script>alert('bieu')</script>";
    static final String HEADER = "<th onclick=alert('header')>Xã</th>";
    static final String TOTAL = "<script>alert('total')</script>";
    static final String NOTE = "<script>alert('note')</script>";
    static final String FILE = "<script>alert('file')</script>.yaml";

    static final String DISPLAY_NAME = "<script>alert(1)</script>";
    static final String TOKEN = "<img src=x onerror=alert('token')>";
    static final String LOGIN = "<script>alert('login')</script>";
    static final String FILTER = "<script>alert('filter')</script>";
    static final String ROW = "<script>alert('row')</script>";

    static final List<String> PAYLOADS = List.of(TITLE, PREAMBLE, HEADING, TARGETS_HEADING, PARAGRAPH, FIGURES_LEAD,
            CLOSING, RECIPIENTS_HEADING, RECIPIENT, SIGNATURES_HEADING, SIGNATORY, DISTRICT, COMMUNE, ORGANISATION,
            TABLE_TITLE, HEADER, TOTAL, NOTE, FILE, DISPLAY_NAME, TOKEN, LOGIN, FILTER, ROW);
    /** The markup the payloads open with: none of it may reach a page as markup. */
    static final List<String> MARKUP = List.of("<script>alert", "<img src=x", "<svg onload", "<iframe",
            "<b onmouseover", "<u onclick", "<th onclick", "<a href=\"javascript");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserAccounts accounts;

    long programme;
    UserAccount user;

    static ProgrammeYaml file() {
        return ProgrammeYaml.seed().withYear(YEAR).inNewDistrict(TAG)
                .replace("\"CHƯƠNG TRÌNH PHỐI HỢP\"", quoted(TITLE))
                .replace("preamble: \"", "preamble: \"" + escaped(PREAMBLE) + " ")
                .replace("\"I. MỤC ĐÍCH\"", quoted(HEADING))
                .replace("\"III. Các chỉ tiêu:\"", quoted(TARGETS_HEADING))
                .replace("\"Phấn đấu đạt chỉ tiêu tạo việc làm\"", quoted(PARAGRAPH))
                .replace("text: \"Trong năm", "text: \"" + escaped(FIGURES_LEAD) + " năm")
                .replace("closing: \"", "closing: \"" + escaped(CLOSING) + " ")
                .replace("heading: \"Nơi nhận:\"", "heading: " + quoted(RECIPIENTS_HEADING))
                .replace("\"Sở LĐ-TB&XH;\"", quoted(RECIPIENT))
                .replace("\"CÁC HỘI ĐOÀN THỀ CÁC XÃ THỊ TRẤN\"", quoted(SIGNATURES_HEADING))
                .replace("label: \"UBND XÃ CAM AN\"", "label: " + quoted(SIGNATORY))
                .replace("name: Cam Lộ\n", "name: " + quoted(DISTRICT) + "\n")
                .renameCommune("Cam An", COMMUNE)
                .renameCommune("Cam Thanh", FORMULA_COMMUNE)
                .replace("name: \"Ủy ban nhân dân xã Cam An\"", "name: " + quoted(ORGANISATION))
                .replace("\"Biểu số 1: CHỈ TIÊU", "\"" + escaped(TABLE_TITLE) + ": CHỈ TIÊU")
                .replace("{label: \"Xã, thị trấn\", rows: 2}", "{label: " + quoted(HEADER) + ", rows: 2}")
                .replace("[\"\", \"Tổng cộng\", \"30.389\"", "[\"\", " + quoted(TOTAL) + ", \"30.389\"")
                .replace("\"Ghi chú: chỉ tiêu", "\"Ghi chú: " + escaped(NOTE) + " chỉ tiêu");
    }

    @BeforeEach
    void programmeAndUser() throws Exception {
        programme = jdbc.sql("select id from programme where programme_year = ?").param(YEAR).query(Long.class)
                .optional().orElseGet(this::importThroughThePage);
        user = accounts.byUsername("xss-hien-thi").orElseGet(this::createThroughThePage);
    }

    @Test
    void theProgrammePageShowsEveryTextAsText() throws Exception {
        String page = page("/programmes/" + programme);
        assertEscaped(page, TITLE, PREAMBLE, HEADING, TARGETS_HEADING, PARAGRAPH, FIGURES_LEAD, CLOSING,
                RECIPIENTS_HEADING, RECIPIENT, SIGNATURES_HEADING, SIGNATORY, DISTRICT);
        assertThat(page).contains("<title>" + html(TITLE) + " " + YEAR + "</title>");
    }

    @Test
    void theProgrammeListShowsTitleAndDistrictAsText() throws Exception {
        assertEscaped(page("/programmes"), TITLE, DISTRICT);
    }

    @Test
    void theTablesPagesAndFragmentShowTitlesHeadersUnitsTotalsAndNotesAsText() throws Exception {
        for (String url : List.of("/tables", "/tables/bieu-1", "/tables/fragment")) {
            assertEscaped(page("/programmes/" + programme + url), TABLE_TITLE, HEADER, COMMUNE, FORMULA_COMMUNE,
                    TOTAL, NOTE);
        }
        assertEscaped(page("/programmes/" + programme + "/tables/bieu-3"), "Xã " + COMMUNE);
    }

    @Test
    void theFindingsPageShowsTableTitlesRowsLocationsAndExcerptsAsText() throws Exception {
        String page = page("/programmes/" + programme + "/findings");
        assertEscaped(page, TABLE_TITLE, TOTAL, TARGETS_HEADING, FIGURES_LEAD, NOTE);
        assertThat(page).contains("Có 7 số in khác với số tính.");
    }

    @Test
    void theUserPagesShowNamesOfUsersTokensUnitsAndOrganisationsAsText() throws Exception {
        assertEscaped(page("/admin/users"), DISPLAY_NAME, DISTRICT, COMMUNE, ORGANISATION);
        assertEscaped(page("/admin/users/" + user.id()), DISPLAY_NAME, TOKEN, COMMUNE);
    }

    @Test
    void theAuditPageShowsValuesActorsAndTheFilterAsText() throws Exception {
        mvc.perform(formLogin("/login").user(LOGIN).password("khong-dung-1"));

        assertEscaped(page("/admin/audit?entityType=user_account"), DISPLAY_NAME, LOGIN);
        assertEscaped(page("/admin/audit?entityType=api_token"), TOKEN);
        assertEscaped(page("/admin/audit?entityType=programme"), FILE);
        assertEscaped(page(get("/admin/audit").param("actor", FILTER)), FILTER);
    }

    @Test
    void theImportPageShowsTheFileNameAndANamedUnknownUnitAsText() throws Exception {
        String refused = mvc.perform(multipart("/imports/programme")
                        .file(ProgrammeYaml.seed().withYear(YEAR - 1)
                                .withBieu2RowNamed(ROW)
                                .upload(FILE))
                        .param("commit", "true").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertEscaped(refused, FILE, "không tìm thấy xã, thị trấn «" + ROW + "» thuộc Cam Lộ");
    }

    @Test
    void theJsonApiReturnsTheTextsAsJsonStrings() throws Exception {
        JsonNode summary = api("/api/v1/programmes/" + programme);
        assertThat(summary.get("title").asString()).startsWith(TITLE + "\n");
        assertThat(summary.get("coordinatingUnit").get("name").asString()).isEqualTo(DISTRICT);

        JsonNode table = api("/api/v1/programmes/" + programme + "/tables/bieu-1");
        assertThat(table.get("title").asString()).isEqualTo(TABLE_TITLE + ": CHỈ TIÊU KẾ HOẠCH LĐ-VL-DN");
        assertThat(table.get("columns").findValuesAsString("label")).contains(HEADER);
        assertThat(table.get("rows").findValuesAsString("unit")).startsWith(COMMUNE, FORMULA_COMMUNE);
        assertThat(table.get("total").get("unit").asString()).isEqualTo(TOTAL);

        mvc.perform(formLogin("/login").user(LOGIN).password("khong-dung-2"));
        JsonNode audit = api(get("/api/v1/admin/audit").param("actor", LOGIN));
        assertThat(audit.get("events").findValuesAsString("actor")).isNotEmpty().containsOnly(LOGIN);
    }

    @Test
    void theWorkbookHoldsTheTextsAsTextCellsNotFormulas() throws Exception {
        byte[] body = mvc.perform(get("/programmes/" + programme + "/tables/bieu-1.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(TABLE_TITLE + ": CHỈ TIÊU KẾ HOẠCH LĐ-VL-DN");
            List<Cell> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell);
                }
            }));
            assertThat(texts).extracting(Cell::getStringCellValue).contains(HEADER, COMMUNE, FORMULA_COMMUNE, TOTAL);
            Row hyperlinkRow = texts.stream().filter(c -> c.getStringCellValue().equals(FORMULA_COMMUNE)).findFirst()
                    .orElseThrow().getRow();
            assertThat(hyperlinkRow.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private long importThroughThePage() {
        try {
            mvc.perform(multipart("/imports/programme").file(file().upload(FILE)).param("commit", "true").with(csrf()))
                    .andExpect(status().isOk());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return jdbc.sql("select id from programme where programme_year = ?").param(YEAR).query(Long.class).single();
    }

    private UserAccount createThroughThePage() {
        try {
            long commune = jdbc.sql("select id from administrative_unit where code = ?")
                    .param(ProgrammeYaml.unitCode(TAG, "QT.CL.AN")).query(Long.class).single();
            mvc.perform(post("/admin/users").param("username", "xss-hien-thi").param("displayName", DISPLAY_NAME)
                    .param("role", "VIEWER").param("unitId", Long.toString(commune)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            UserAccount created = accounts.byUsername("xss-hien-thi").orElseThrow();
            mvc.perform(post("/admin/users/" + created.id() + "/tokens").param("name", TOKEN).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            return created;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String page(String url) throws Exception {
        return page(get(url));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode api(String url) throws Exception {
        return api(get(url));
    }

    private JsonNode api(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_JSON_VALUE))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsString());
    }

    /** Each payload shows, escaped; no payload's markup is anywhere on the page. */
    private static void assertEscaped(String page, String... shown) {
        assertThat(page).contains(Stream.of(shown).map(StoredXssTest::html).toArray(String[]::new));
        assertThat(page).doesNotContain(PAYLOADS.toArray(String[]::new)).doesNotContain(MARKUP.toArray(String[]::new));
    }

    /** Text as Thymeleaf writes it into HTML. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
