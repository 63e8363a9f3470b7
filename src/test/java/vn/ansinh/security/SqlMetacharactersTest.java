package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.support.ProgrammeYaml.escaped;
import static vn.ansinh.support.ProgrammeYaml.quoted;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.accounts.ApiToken;
import vn.ansinh.accounts.ApiTokens;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.HeaderCell;
import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeItem;
import vn.ansinh.programme.ProgrammeSection;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;
import vn.ansinh.support.RowCounts;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * SQL metacharacters in every text a user can write today — a programme file's texts, unit,
 * organisation and indicator names, the file's name, a user's display name, a token's name, the
 * audit filter, a typed login name — are data: each comes back exactly as written, only the rows
 * the write is about change, every table is still there, and a filter finds only what equals it.
 */
// Its own database: the seed imported again into a new district leaves namesakes of the seed's communes
// («Cam Nghĩa» twice), and lists naming a commune would find two in the other tests' database.
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sql_metacharacters;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class SqlMetacharactersTest {

    static final int YEAR = 2082;
    static final String TAG = "X2082";
    static final List<String> METACHARACTERS = List.of("'", "\"", ";", "--", "/*", "*/", "\\", "%", "_",
            "'); drop table programme; --", "' or '1'='1");
    /** Every metacharacter, for a column too narrow for {@link #text}. */
    static final String SHORT = "'\";--/*%_\\";
    static final String MARKER = "';--";
    static final String INDICATOR = "X2082_META";
    static final String SECOND_TITLE_LINE = "THỰC HIỆN KẾ HOẠCH NGÀNH LAO ĐỘNG –TB&XH NĂM 2019";
    /** Communes of the seed renamed: the table rows must still find each by its new name, and only it. */
    static final List<Commune> COMMUNES = List.of(
            new Commune("QT.CL.AN", "Cam An", "Cam An'); drop table programme; --"),
            new Commune("QT.CL.THANH", "Cam Thanh", "Cam_Thanh 100%"),
            new Commune("QT.CL.THUY", "Cam Thủy", "Cam \"Thủy\" \\ /* */ ;"),
            new Commune("QT.CL.HIEU", "Cam Hiếu", "Cam Hiếu' or '1'='1"));
    private static final AtomicInteger LOGINS = new AtomicInteger();
    private static final Pattern ROW_ID = Pattern.compile("data-id=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ProgrammeImporter importer;

    @Autowired
    Programmes programmes;

    @Autowired
    AnnexTables tables;

    @Autowired
    Units units;

    @Autowired
    Partners partners;

    @Autowired
    Indicators indicators;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    /** The field's own text followed by every metacharacter. */
    static String text(String field) {
        return field + " " + String.join(" ", METACHARACTERS);
    }

    static ProgrammeYaml file() {
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(YEAR).inNewDistrict(TAG)
                .replace("indicators:\n", "indicators:\n  - {code: " + INDICATOR + ", domain: LABOUR, measure: "
                        + quoted(SHORT) + ", aggregation: SUM, vi: " + quoted(text("chỉ tiêu")) + ", en: "
                        + quoted(text("indicator")) + "}\n")
                .replace("name: Cam Lộ\n", "name: " + quoted(text("Huyện")) + "\n")
                .replace("name: \"Ủy ban nhân dân xã Cam An\", shortName: \"UBND xã Cam An\"",
                        "name: " + quoted(text("Ủy ban")) + ", shortName: " + quoted(text("viết tắt")))
                .replace("\"CHƯƠNG TRÌNH PHỐI HỢP\"", quoted(text("CHƯƠNG TRÌNH")))
                .replace("number: \"\", symbol: \"CTrPH–UBND\"", "number: " + quoted(SHORT) + ", symbol: "
                        + quoted("CTrPH " + SHORT))
                .replace("preamble: \"", "preamble: \"" + escaped(text("lời mở đầu")) + " ")
                .replace("\"I. MỤC ĐÍCH\"", quoted(text("I.")))
                .replace("\"1. UBND huyện:\"", quoted(text("1.")))
                .replace("\"Phấn đấu đạt chỉ tiêu tạo việc làm\"", quoted(text("đoạn")))
                .replace("\"Hội Nông dân: 31 hộ\"\n              marker: \"+\"",
                        quoted(text("Hội Nông dân: 31 hộ")) + "\n              marker: " + quoted(MARKER))
                .replace("closing: \"", "closing: \"" + escaped(text("kết")) + " ")
                .replace("heading: \"Nơi nhận:\"", "heading: " + quoted(text("Nơi nhận:")))
                .replace("\"Sở LĐ-TB&XH;\"", quoted(text("Sở")))
                .replace("\"PHẦN KÝ KẾT CỦA UBND HUYỆN, UBMTTQVN\"", quoted(text("PHẦN KÝ KẾT")))
                .replace("label: \"UBND HUYỆN CAM LỘ\"", "label: " + quoted(text("UBND HUYỆN")))
                .replace("\"Biểu số 1: CHỈ TIÊU KẾ HOẠCH LĐ-VL-DN\"", quoted("Biểu số 1: " + text("CHỈ TIÊU")))
                .replace("{label: \"Xã, thị trấn\", rows: 2}", "{label: " + quoted(text("Xã, thị trấn")) + ", rows: 2}")
                .replace("[\"Trong độ tuổi\"", "[" + quoted(text("Trong độ tuổi")))
                .replace("[\"\", \"Tổng cộng\", \"30.389\"", "[\"\", " + quoted(text("Tổng cộng")) + ", \"30.389\"")
                .replace("\"Ghi chú: chỉ tiêu", "\"Ghi chú: " + escaped(text("ghi chú")) + " chỉ tiêu");
        for (Commune commune : COMMUNES) {
            file = file.renameCommune(commune.seedName(), commune.name());
        }
        return file;
    }

    record Commune(String seedCode, String seedName, String name) {

        String code() {
            return ProgrammeYaml.unitCode(TAG, seedCode);
        }
    }

    @Test
    void everyTextOfAProgrammeFileComesBackExactlyAndOnlyTheImportsRowsAreWritten() throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        String fileName = text("tệp") + ".yaml";
        JsonNode report = json.readTree(mvc.perform(multipart("/api/v1/programme-files").file(file().upload(fileName))
                        .param("dryRun", "false"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long id = report.get("programmeId").asLong();

        JsonNode created = report.get("created");
        assertThat(RowCounts.of(jdbc).changesSince(before))
                .containsEntry("administrative_unit", created.get("units").asLong())
                .containsEntry("partner_organisation", created.get("organisations").asLong())
                .containsEntry("indicator", 1L)
                .containsEntry("programme", 1L)
                .containsEntry("annex_table", 3L)
                .containsEntry("stated_figure", created.get("statedFigures").asLong())
                .containsEntry("audit_event", 1L)
                .containsEntry("reporting_period", 12L + 4 + 1)
                .containsOnlyKeys(Stream.concat(RowCounts.WRITTEN_BY_IMPORT.stream(), Stream.of("audit_event")).toList());
        assertThat(created.get("units").asInt()).isEqualTo(10);
        assertThat(created.get("organisations").asInt()).isEqualTo(17);

        assertTheProgrammeText(id, fileName);
        assertTheTables(id);
        assertTheNames();
        assertTheApi(id);
        assertThat(json.readTree(jdbc.sql("select new_value from audit_event where entity_type = 'programme' and entity_id = ?")
                .param(Long.toString(id)).query(String.class).single()).get("file").asString()).isEqualTo(fileName);
    }

    private void assertTheProgrammeText(long id, String fileName) {
        ProgrammeText text = programmes.text(id, AccessScope.everything()).orElseThrow();
        Programme programme = text.programme();
        assertThat(programme.title()).isEqualTo(text("CHƯƠNG TRÌNH") + "\n" + SECOND_TITLE_LINE);
        assertThat(programme.documentNumber()).isEqualTo(SHORT);
        assertThat(programme.documentSymbol()).isEqualTo("CTrPH " + SHORT);
        assertThat(programme.preamble()).startsWith(text("lời mở đầu") + " Thực hiện chương trình");
        assertThat(programme.closing()).startsWith(text("kết") + " Trên đây");
        assertThat(programme.distributionHeading()).isEqualTo(text("Nơi nhận:"));
        assertThat(programme.signatureHeading()).isEqualTo(text("PHẦN KÝ KẾT") + "\nCÁC HỘI ĐOÀN THỀ CÁC XÃ THỊ TRẤN");
        assertThat(programme.sourceName()).isEqualTo(fileName);
        assertThat(text.sections().get(0).heading()).isEqualTo(text("I."));
        assertThat(text.sections().get(1).sections().get(0).heading()).isEqualTo(text("1."));
        assertThat(items(text.sections())).contains(new ProgrammeItem("-", text("đoạn")),
                new ProgrammeItem(MARKER, text("Hội Nông dân: 31 hộ")));
        assertThat(text.recipients().get(0)).isEqualTo(text("Sở"));
        assertThat(text.signatories().get(0).label()).isEqualTo(text("UBND HUYỆN"));
    }

    private void assertTheTables(long id) {
        ComputedTable bieu1 = tables.computed(id, "bieu-1", AccessScope.everything()).orElseThrow();
        assertThat(bieu1.definition().title()).isEqualTo("Biểu số 1: " + text("CHỈ TIÊU"));
        assertThat(bieu1.definition().totalLabel()).isEqualTo(text("Tổng cộng"));
        assertThat(bieu1.definition().header().stream().flatMap(List::stream).map(HeaderCell::label))
                .contains(text("Xã, thị trấn"), text("Trong độ tuổi"));
        assertThat(bieu1.definition().notes()).singleElement().asString()
                .startsWith("Ghi chú: " + text("ghi chú") + " chỉ tiêu việc làm");
        for (String table : List.of("bieu-1", "bieu-2", "bieu-3")) {
            ComputedTable computed = tables.computed(id, table, AccessScope.everything()).orElseThrow();
            assertThat(computed.rows()).hasSize(9);
            for (Commune commune : COMMUNES) {
                long unit = units.byCode(commune.code()).orElseThrow().id();
                assertThat(computed.rowOfUnit(unit)).as("%s: %s", table, commune.name()).get()
                        .extracting(ComputedRow::label)
                        .isEqualTo(table.equals("bieu-3") ? "Xã " + commune.name() : commune.name());
            }
        }
    }

    private void assertTheNames() {
        assertThat(units.byCode("QT." + TAG).orElseThrow().name()).isEqualTo(text("Huyện"));
        COMMUNES.forEach(commune ->
                assertThat(units.byCode(commune.code()).orElseThrow().name()).isEqualTo(commune.name()));
        PartnerOrganisation committee = partners.byCode(TAG + ".AN.UBND").orElseThrow();
        assertThat(committee.name()).isEqualTo(text("Ủy ban"));
        assertThat(committee.shortName()).isEqualTo(text("viết tắt"));
        Indicator indicator = indicators.byCode(INDICATOR).orElseThrow();
        assertThat(List.of(indicator.nameVi(), indicator.nameEn(), indicator.measure()))
                .containsExactly(text("chỉ tiêu"), text("indicator"), SHORT);
    }

    private void assertTheApi(long id) throws Exception {
        JsonNode summary = api("/api/v1/programmes/" + id);
        assertThat(summary.get("title").asString()).isEqualTo(text("CHƯƠNG TRÌNH") + "\n" + SECOND_TITLE_LINE);
        assertThat(summary.get("document").get("symbol").asString()).isEqualTo("CTrPH " + SHORT);
        assertThat(summary.get("coordinatingUnit").get("name").asString()).isEqualTo(text("Huyện"));
        JsonNode rows = api("/api/v1/programmes/" + id + "/tables/bieu-2").get("rows");
        COMMUNES.forEach(commune -> assertThat(rows.valueStream()
                .filter(row -> row.get("unit").asString().equals(commune.name())))
                .singleElement().satisfies(row -> assertThat(row.get("unitCode").asString()).isEqualTo(commune.code())));
    }

    @Test
    void aRowNameMatchesItsUnitExactlyNeverAsAPattern() {
        for (String name : List.of("Cam%", "Cam _n", "' or '1'='1", "Cam An' or '1'='1", "%")) {
            ImportResult result = ProgrammeYaml.seed().withYear(YEAR + 1)
                    .withBieu2RowNamed(name)
                    .importWith(importer, "hang.yaml", true);
            assertThat(result.errors()).as(name).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo("intake.row.unitUnknown");
                assertThat(error.arguments().get(0)).isEqualTo(name);
            });
        }
    }

    @Test
    void aDisplayNameComesBackExactlyAndAUsernameWithMetacharactersIsRefused() throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(post("/admin/users").param("username", "sql-ten-hien-thi").param("displayName", text("Nguyễn Văn"))
                .param("role", "ADMIN").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(accounts.byUsername("sql-ten-hien-thi").orElseThrow().displayName()).isEqualTo(text("Nguyễn Văn"));
        assertThat(RowCounts.of(jdbc).changesSince(before))
                .isEqualTo(Map.of("user_account", 1L, "role_assignment", 1L, "audit_event", 1L));

        RowCounts afterCreate = RowCounts.of(jdbc);
        for (String username : List.of("x' or '1'='1", "x'); drop table user_account; --", "x%", "x\"--")) {
            mvc.perform(post("/admin/users").param("username", username).param("displayName", "Ai đó")
                    .param("role", "ADMIN").with(csrf())).andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("id=\"username-problem\"")));
        }
        assertThat(RowCounts.of(jdbc).changesSince(afterCreate)).isEmpty();
    }

    @Test
    void aTokenNameComesBackExactlyAndATokenOfMetacharactersOpensNothing() throws Exception {
        UserAccount owner = owner();
        mvc.perform(post("/admin/users/" + owner.id() + "/tokens").param("name", text("bảng tính")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(tokens.ofUser(owner.id())).extracting(ApiToken::name).contains(text("bảng tính"));

        for (String token : List.of("ansinh_' or '1'='1", "ansinh_'); drop table api_token; --", "ansinh_%")) {
            mvc.perform(get("/api/v1/programmes").with(anonymous()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void signingInWithSqlInTheNameOrPasswordFails() throws Exception {
        owner();
        for (String[] attempt : new String[][] {{"' or '1'='1", "' or '1'='1"}, {"sql-chu-ma' --", "x"},
                {"sql-chu-ma", "' or '1'='1"}, {"admin'); drop table user_account; --", "x"}}) {
            mvc.perform(formLogin("/login").user(attempt[0]).password(attempt[1])).andExpect(redirectedUrl("/login?error"));
            mvc.perform(get("/api/v1/programmes").with(anonymous()).with(httpBasic(attempt[0], attempt[1])))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void theAuditFilterFindsOnlyEntriesThatEqualIt() throws Exception {
        String actor = "' or '1'='1' -- " + LOGINS.incrementAndGet();
        assertFilterFindsExactly("actor", actor);
        mvc.perform(formLogin("/login").user(actor).password("sai"));
        assertThat(assertFilterFindsExactly("actor", actor)).hasSize(1);

        for (String value : List.of("' or '1'='1", "%", "_", "'); drop table audit_event; --", "\\", "quantri-test' --")) {
            assertFilterFindsExactly("actor", value);
            assertFilterFindsExactly("entityType", value);
        }
        assertFilterFindsExactly("entityType", "programme' or '1'='1");
        assertThat(total()).as("the log has entries the filters did not return").isGreaterThan(2);
    }

    /** The page, the API and the CSV find exactly the entries whose column equals the value, newest first. */
    private List<Long> assertFilterFindsExactly(String parameter, String value) throws Exception {
        String column = parameter.equals("actor") ? "actor" : "entity_type";
        List<Long> expected = jdbc.sql("select id from audit_event where " + column + " = ? order by occurred_at desc, id desc")
                .param(value).query(Long.class).list();
        String page = mvc.perform(get("/admin/audit").param(parameter, value)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ROW_ID.matcher(page).results().map(m -> Long.parseLong(m.group(1))).toList()).as(value)
                .isEqualTo(expected);
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/admin/audit").param(parameter, value))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(api.get("total").asLong()).as(value).isEqualTo(expected.size());
        String csv = new String(mvc.perform(get("/admin/audit.csv").param(parameter, value)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).as(value).hasSize(1 + expected.size());
        assertThat(expected.size()).as(value).isLessThan((int) total());
        return expected;
    }

    private UserAccount owner() {
        return accounts.byUsername("sql-chu-ma").orElseGet(() ->
                accounts.create("sql-chu-ma", "Chủ mã", "Mat-khau-2082-dai", Set.of(RoleAssignment.admin())));
    }

    private long total() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    private JsonNode api(String url) throws Exception {
        return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<ProgrammeItem> items(List<ProgrammeSection> sections) {
        return sections.stream().flatMap(s -> Stream.concat(s.items().stream(), items(s.sections()).stream())).toList();
    }
}
