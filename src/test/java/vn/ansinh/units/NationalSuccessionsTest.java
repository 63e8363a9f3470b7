package vn.ansinh.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RealHistory;

/**
 * The real succession list of 2025 (3.352 new provinces and communes, their predecessors in words) imported into a
 * database of its own holding the Cam Lộ seed, the map of 2020–2025, today's map and the merge of 2020: names are
 * resolved within the old provinces a new province succeeded; the two «Xã Cam Thủy» of the new Quảng Trị only with
 * the district the list names; a name nobody can resolve is listed with its candidates and nothing is written until
 * a person has chosen; a line naming a code no unit bears is refused by line and column; the same list again
 * changes nothing; and Cam Lộ's communes of 2019 lead to Xã Cam Lộ and Xã Hiếu Giang.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:national_successions;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalSuccessionsTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final String HEADER = "level,code,full_name,province_code,predecessors\n";
    static final String QUANG_TRI = "1,44,Tỉnh Quảng Trị,,tỉnh Quảng Bình và tỉnh Quảng Trị\n";

    @Autowired
    UnitListImport lists;
    @Autowired
    SuccessionListImport imports;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    vn.ansinh.programme.Programmes programmes;

    @Test
    @Order(1)
    void theMapsOf2020AndTodayAndTheMergeOf2020() throws Exception {
        importList("units-2025-03.csv", LocalDate.of(2020, 1, 1));
        importList("units-2025-07.csv", REFORM);
        assertThat(units.bearing("19603", LocalDate.of(2020, 1, 1)).orElseThrow().code()).as("the seed's Thanh An")
                .isEqualTo("QT.CL.THANHAN");
        assertThat(units.bearing("19603", REFORM).orElseThrow().name()).isEqualTo("Hiếu Giang");
    }

    @Test
    @Order(2)
    void theTwoCamThuyOfTheNewQuangTriAreAskedAndResolvedOnlyWithTheirDistrict() throws Exception {
        long links = links();
        SuccessionImportResult asked = importWords("2,19603,Xã Hiếu Giang,44,\"Xã Cam Thủy, Xã Cam Hiếu, Xã Cam Tuyền, "
                + "Xã Thanh An\"\n", false, List.of());

        assertThat(asked.undecided()).hasSize(1);
        UndecidedPredecessor camThuy = asked.undecided().get(0);
        assertThat(camThuy.words()).isEqualTo("Xã Cam Thủy");
        assertThat(camThuy.candidates()).containsExactlyInAnyOrder(
                new PredecessorCandidate("19270", "Xã Cam Thủy", "Huyện Lệ Thủy"),
                new PredecessorCandidate("19606", "Xã Cam Thủy", "Huyện Cam Lộ"));
        assertThat(asked.written()).isFalse();
        assertThat(links()).as("nothing written while a name is undecided").isEqualTo(links);

        SuccessionImportResult withDistrict = importWords("2,19603,Xã Hiếu Giang,44,\"Xã Cam Thủy (huyện Cam Lộ), "
                + "Xã Cam Hiếu, Xã Cam Tuyền, Xã Thanh An\"\n", true, List.of());
        assertThat(withDistrict.complete()).isTrue();
        assertThat(withDistrict.events()).isEqualTo(2);
        assertThat(withDistrict.created()).as("Quảng Bình into Quảng Trị 44 was recorded as going on when the list was "
                + "imported; old Quảng Trị 45, and four communes into Hiếu Giang of which Thanh An went on").isEqualTo(4);
    }

    @Test
    @Order(3)
    void aNameThatMatchesNoUnitIsListedWithTheNearestAndAChoiceDecidesIt() throws Exception {
        long links = links();
        MockHttpServletResponse refused = post(HEADER + QUANG_TRI + "2,19597,Xã Cam Lộ,44,\"Thị trấn Cam Lộ, Xã Cam Thanh, "
                + "Xã Cam Chính, Xã Cam Nghĩa\"\n", false, null);

        assertThat(refused.getStatus()).isEqualTo(409);
        String json = refused.getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.undecided[0].words")).isEqualTo("Xã Cam Thanh");
        assertThat(JsonPath.<List<String>>read(json, "$.undecided[0].candidates[*].fullName")).contains("Xã Cam Thành");
        assertThat(links()).isEqualTo(links);

        MockHttpServletResponse chosen = post(HEADER + QUANG_TRI + "2,19597,Xã Cam Lộ,44,\"Thị trấn Cam Lộ, Xã Cam Thanh, "
                + "Xã Cam Chính, Xã Cam Nghĩa\"\n", false,
                "[{\"successor\": \"19597\", \"words\": \"Xã Cam Thanh\", \"code\": \"19612\"}]");
        assertThat(chosen.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(chosen.getContentAsString(), "$.created")).as("Cam Thành, Cam Chính, Cam Nghĩa; "
                + "the township went on as Xã Cam Lộ when the list was imported").isEqualTo(3);
    }

    @Test
    @Order(4)
    void aLineNamingACodeNoUnitBearsIsRefusedByLineAndColumnWithNothingWritten() throws Exception {
        long links = links();
        byte[] list = Files.readAllBytes(NationalUnitListsTest.UNITS.resolve("successions-2025-07.csv"));

        SuccessionImportResult result = imports.importList(new SuccessionListImport.Request("successions-2025-07.csv", list,
                REFORM, null, false, List.of()), Locale.forLanguageTag("vi"));

        assertThat(result.errors()).containsExactly(new UnitImportProblem(2193, "code",
                "Không có đơn vị nào mang mã 00071 vào ngày có hiệu lực: hãy nhập danh mục đơn vị mới trước, hoặc sửa mã."));
        assertThat(result.undecided()).as("names of the real list that match no unit or several").hasSizeBetween(100, 200);
        assertThat(links()).isEqualTo(links);
    }

    /**
     * Line 2193 corrected as a person would (Phường Hiệp Hòa of Quảng Ninh is 07147 in today's list) and each
     * undecided name decided (here: the first candidate offered): the whole list is written, and again changes nothing.
     */
    @Test
    @Order(5)
    void theWholeListWithTheNamesDecidedIsWrittenAndAgainChangesNothing() throws Exception {
        byte[] list = new String(Files.readAllBytes(NationalUnitListsTest.UNITS.resolve("successions-2025-07.csv")),
                StandardCharsets.UTF_8).replace("\n2,00071,", "\n2,07147,").getBytes(StandardCharsets.UTF_8);
        SuccessionImportResult dryRun = imports.importList(new SuccessionListImport.Request("successions-2025-07.csv", list,
                REFORM, null, true, List.of()), Locale.forLanguageTag("vi"));
        List<SuccessionChoice> choices = dryRun.undecided().stream()
                .map(u -> new SuccessionChoice(u.successor(), u.words(), u.candidates().get(0).code())).toList();

        SuccessionImportResult done = imports.importList(new SuccessionListImport.Request("successions-2025-07.csv", list,
                REFORM, "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025", false,
                choices), Locale.forLanguageTag("vi"));

        assertThat(done.errors()).isEmpty();
        assertThat(done.written()).isTrue();
        assertThat(done.events()).isEqualTo(3_352);
        assertThat(done.created()).isPositive();
        SuccessionImportResult again = imports.importList(new SuccessionListImport.Request("successions-2025-07.csv", list,
                REFORM, null, false, choices), Locale.forLanguageTag("vi"));
        assertThat(again.written()).isTrue();
        assertThat(again.created() + again.changed()).as("the same list again").isZero();
        assertThat(again.unchanged()).isEqualTo(done.created() + done.changed() + done.unchanged());
    }

    @Test
    @Order(6)
    void camLosCommunesOf2019LeadToXaCamLoAndXaHieuGiang() throws Exception {
        String hieuGiang = mvc.perform(get("/api/v1/units/19603").param("on", "2026-01-01")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(hieuGiang, "$.predecessors[*].name"))
                .containsExactlyInAnyOrder("Cam Thủy", "Cam Hiếu", "Cam Tuyền", "Thanh An");
        assertThat(JsonPath.<List<String>>read(hieuGiang, "$.predecessors[*].kind")).containsOnly("MERGED");
        String thanhAn = mvc.perform(get("/api/v1/units/19603").param("on", "2024-01-01")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(thanhAn, "$.predecessors[*].name")).containsExactly("Cam An", "Cam Thanh");
        String camLo = mvc.perform(get("/api/v1/units/19597").param("on", "2026-01-01")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(camLo, "$.predecessors[*].name"))
                .containsExactlyInAnyOrder("Cam Lộ", "Cam Thành", "Cam Chính", "Cam Nghĩa");
        String province = mvc.perform(get("/api/v1/units/44").param("on", "2026-01-01")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(province, "$.predecessors[*].name"))
                .containsExactlyInAnyOrder("Quảng Bình", "Quảng Trị");
        assertThat(units.bearing("01", LocalDate.of(2026, 1, 1)).orElseThrow().validFrom())
                .as("Hà Nội, kept as it was, goes on as the same unit").isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    @Order(7)
    void aPartOfAUnitIsRecordedAsASplit() {
        AdministrativeUnit baDinh = units.bearing("00004", REFORM).orElseThrow();
        List<String> kinds = jdbc.sql("""
                select p.name || ':' || s.kind from unit_succession s join administrative_unit p on p.id = s.predecessor_id
                where s.successor_id = :id""").param("id", baDinh.id()).query(String.class).list();
        assertThat(kinds).contains("Quán Thánh:MERGED", "Cửa Nam:SPLIT", "Thụy Khuê:SPLIT", "Cửa Đông:SPLIT");
    }

    /** The seed's 2019 Biểu 2 under today's map, through the merge of 2020 and the imported list. */
    @Test
    @Order(8)
    void theSeedsBieu2Of2019AsOf2026IsXaCamLoAndXaHieuGiang() throws Exception {
        long seed = programmes.all().stream().filter(p -> p.programmeYear() == 2019).findFirst().orElseThrow().id();
        String json = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed).param("asOf", "2026-01-01"))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].unit")).containsExactly("Xã Cam Lộ", "Xã Hiếu Giang");
        assertThat(JsonPath.<List<Integer>>read(json, "$.rows[*].values.1")).containsExactly(7_417, 7_236);
        assertThat(JsonPath.<List<Integer>>read(json, "$.rows[*].values.2")).containsExactly(198, 411);
        assertThat(JsonPath.<List<Double>>read(json, "$.rows[*].values.3")).as("198 / 7.417 and 411 / 7.236")
                .containsExactly(2.67, 5.68);
        assertThat(JsonPath.<Integer>read(json, "$.total.values.1")).isEqualTo(14_653);
        assertThat(JsonPath.<Integer>read(json, "$.total.values.2")).isEqualTo(609);
        assertThat(JsonPath.<List<String>>read(json, "$.rows[1].predecessors[*].unitCode")).contains("QT.CL.AN",
                "QT.CL.THANH", "QT.CL.THUY");
    }

    private SuccessionImportResult importWords(String rows, boolean write, List<SuccessionChoice> choices) {
        return imports.importList(new SuccessionListImport.Request("tay.csv", (HEADER + QUANG_TRI + rows)
                .getBytes(StandardCharsets.UTF_8), REFORM, null, !write, choices), Locale.forLanguageTag("vi"));
    }

    private MockHttpServletResponse post(String csv, boolean dryRun, String choices) throws Exception {
        var request = multipart("/api/v1/admin/successions/imports").file(new MockMultipartFile("file", "tay.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("effective", REFORM.toString())
                .param("dryRun", Boolean.toString(dryRun)).with(csrf());
        if (choices != null) {
            request.file(new MockMultipartFile("choices", "", "application/json", choices.getBytes(StandardCharsets.UTF_8)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private void importList(String name, LocalDate effective) throws Exception {
        assertThat(lists.importList(name, Files.readAllBytes(NationalUnitListsTest.UNITS.resolve(name)), effective, false,
                Locale.forLanguageTag("vi")).errors()).isEmpty();
    }

    private long links() {
        return jdbc.sql("select count(*) from unit_succession").query(Long.class).single();
    }
}
