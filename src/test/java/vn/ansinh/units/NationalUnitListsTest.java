package vn.ansinh.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RealHistory;

/**
 * The real national lists (../shared/data/units, copied into src/test/resources/units) imported into a database of their own holding the Cam Lộ seed:
 * the map of 2020–2025 (effective 01/01/2020) finds the seed's units by their GSO codes and adds the rest of the
 * country; today's map (effective 01/07/2025) ends the districts, gives every commune it keeps a new version under
 * its province, and shows code 19597 naming Thị trấn Cam Lộ until 30/06/2025 and Xã Cam Lộ after; each list
 * imported again changes nothing; a list with a problem writes nothing.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:national_units;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalUnitListsTest {

    /** The national lists, copied from ../shared/data/units into the test resources. */
    static final Path UNITS = Path.of("src", "test", "resources", "units");
    static final LocalDate MAP_2020 = LocalDate.of(2020, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitListImport imports;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    @Order(1)
    void aListWithAProblemIsRefusedWholeNamingLineAndColumn() throws Exception {
        String broken = "level,code,name,full_name,kind,parent_code\n1,45,Quảng Trị,Tỉnh Quảng Trị,PROVINCE,\n"
                + "2,468,Cam Lộ,Huyện Cam Lộ,COUNTY,45\n3,19597,Cam Lộ,Thị trấn Cam Lộ,TOWNSHIP,999\n";
        long before = count();

        UnitImportResult result = imports.importList("hong.csv", broken.getBytes(StandardCharsets.UTF_8), MAP_2020, false,
                Locale.forLanguageTag("vi"));

        assertThat(result.errors()).containsExactly(
                new UnitImportProblem(3, "kind", "Loại đơn vị «COUNTY» không có trong danh sách (PROVINCE, CITY, DISTRICT, "
                        + "URBAN_DISTRICT, TOWN, COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE)."),
                new UnitImportProblem(4, "parent_code", "Đơn vị cấp trên 999 không có ở một dòng trên trong danh sách."));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void theMapOf2020FindsTheSeedsUnitsByTheirCodesAndAddsTheCountry() throws Exception {
        AdministrativeUnit township = units.byCode("QT.CL.TT").orElseThrow();
        UnitImportResult dryRun = importFile("units-2025-03.csv", MAP_2020, true);
        long before = count();

        UnitImportResult done = importFile("units-2025-03.csv", MAP_2020, false);

        assertThat(dryRun.changes()).isEqualTo(done.changes());
        assertThat(done.count(UnitImportChange.Kind.CREATED)).isEqualTo(10_794 - 10);
        assertThat(done.unchanged()).as("Quảng Trị, Cam Lộ and its township, six communes and Thanh An").isEqualTo(10);
        assertThat(done.count(UnitImportChange.Kind.CHANGED)).isZero();
        assertThat(done.count(UnitImportChange.Kind.ENDED)).isZero();
        assertThat(count()).isEqualTo(before + 10_794 - 10);
        assertThat(units.bearing("19597", LocalDate.of(2024, 5, 1))).contains(township);
        AdministrativeUnit thanhAn = units.bearing("19603", LocalDate.of(2024, 5, 1)).orElseThrow();
        assertThat(thanhAn.code()).as("the seed's Thanh An, found by its code and day").isEqualTo("QT.CL.THANHAN");
        assertThat(thanhAn.validFrom()).isEqualTo(MAP_2020);
        assertThat(thanhAn.parentId()).isEqualTo(units.byCode("QT.CL").orElseThrow().id());

        UnitImportResult again = importFile("units-2025-03.csv", MAP_2020, false);
        assertThat(again.changes()).as("the same list again").isEmpty();
        assertThat(again.unchanged()).isEqualTo(10_794);
        assertThat(count()).isEqualTo(before + 10_794 - 10);
    }

    @Test
    @Order(3)
    void todaysMapEndsTheDistrictsAndReusesCode19597ForAnotherUnit() throws Exception {
        AdministrativeUnit township = units.byCode("QT.CL.TT").orElseThrow();

        UnitImportResult done = importFile("units-2025-07.csv", REFORM, false);

        assertThat(done.count(UnitImportChange.Kind.ENDED)).as("districts, and communes merged into others")
                .isPositive();
        assertThat(units.byCode("QT.CL").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(units.byCode("QT").orElseThrow().validTo()).as("old Quảng Trị, code 45").isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(units.bearing("19597", LocalDate.of(2025, 6, 30))).contains(units.byId(township.id()).orElseThrow());
        AdministrativeUnit camLo = units.bearing("19597", REFORM).orElseThrow();
        assertThat(camLo.id()).isNotEqualTo(township.id());
        assertThat(camLo.kind()).isEqualTo(UnitKind.COMMUNE);
        assertThat(camLo.validFrom()).isEqualTo(REFORM);
        AdministrativeUnit province = units.byId(camLo.parentId()).orElseThrow();
        assertThat(province.gsoCode()).isEqualTo("44");
        assertThat(province.name()).isEqualTo("Quảng Trị");
        assertThat(units.bearing("44", LocalDate.of(2025, 6, 30)).orElseThrow().name()).isEqualTo("Quảng Bình");
        assertThat(units.byId(township.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(jdbc.sql("select count(*) from administrative_unit where gso_code is not null and valid_to is null")
                .query(Long.class).single()).as("the units in force today: 34 provinces and cities, 3.321 communes")
                .isEqualTo(3_355L);

        UnitImportResult again = importFile("units-2025-07.csv", REFORM, false);
        assertThat(again.changes()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3_355);
    }

    @Test
    @Order(4)
    void theApiTellsWhichUnitBearsACodeOnADayWithWhatCameBeforeIt() throws Exception {
        String before = mvc.perform(get("/api/v1/units/19597").param("on", "2025-06-30")).andReturn().getResponse()
                .getContentAsString();
        String after = mvc.perform(get("/api/v1/units/19597").param("on", "2025-07-01")).andReturn().getResponse()
                .getContentAsString();

        assertThat(JsonPath.<String>read(before, "$.kind")).isEqualTo("TOWNSHIP");
        assertThat(JsonPath.<String>read(before, "$.validTo")).isEqualTo("2025-06-30");
        assertThat(JsonPath.<String>read(before, "$.successors[0].gsoCode")).isEqualTo("19597");
        assertThat(JsonPath.<String>read(after, "$.kind")).isEqualTo("COMMUNE");
        assertThat(JsonPath.<String>read(after, "$.predecessors[0].code")).isEqualTo("QT.CL.TT");
        assertThat(mvc.perform(get("/api/v1/units/19597").param("on", "2019-01-01")).andReturn().getResponse()
                .getStatus()).as("the seed's township has no start: it bears the code in 2019 too").isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/units/99999")).andReturn().getResponse().getStatus()).isEqualTo(404);

        byte[] list = Files.readAllBytes(UNITS.resolve("units-2025-07.csv"));
        String json = mvc.perform(multipart("/api/v1/admin/units/imports").file(new MockMultipartFile("file",
                "units-2025-07.csv", "text/csv", list)).param("effective", "2025-07-01").param("dryRun", "false")
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.unchanged")).isEqualTo(3_355);
        assertThat(JsonPath.<Integer>read(json, "$.created") + JsonPath.<Integer>read(json, "$.changed")
                + JsonPath.<Integer>read(json, "$.ended")).isZero();
    }

    /** With the country in it, the page looks into one unit at a time on the chosen day, and finds by name or code. */
    @Test
    @Order(5)
    void theAdministratorsPageShowsTheTreeOnADayOneLevelAtATimeAndFindsByNameOrCode() throws Exception {
        String today = mvc.perform(get("/admin/units")).andReturn().getResponse().getContentAsString();
        assertThat(today).contains("Hà Nội", "Quảng Trị", "id=\"unit-path\"").doesNotContain("Hiếu Giang", "Quảng Bình");
        long quangTri = units.bearing("44", REFORM).orElseThrow().id();
        String province = mvc.perform(get("/admin/units").param("within", "" + quangTri)).andReturn().getResponse()
                .getContentAsString();
        assertThat(province).contains("Hiếu Giang", "Cam Lộ", "19603");

        String in2019 = mvc.perform(get("/admin/units").param("on", "2019-06-01").param("q", "cam lo")).andReturn()
                .getResponse().getContentAsString();
        assertThat(in2019).contains("id=\"found\"", "Quảng Trị › Cam Lộ").doesNotContain("Hiếu Giang");
        String byCode = mvc.perform(get("/admin/units").param("q", "19603")).andReturn().getResponse().getContentAsString();
        assertThat(byCode).contains("Xã Hiếu Giang").doesNotContain("Thanh An");
        assertThat(mvc.perform(get("/admin/units").param("q", "19603").param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Hiếu Giang Commune");
    }

    /**
     * The 2020 merge, before any list ansinh imports, is in the seed's data; entered by hand it is checked by the
     * same rules, and entered again it changes nothing.
     */
    @Test
    @Order(6)
    void theMergeOf2020IsInTheSeedAndEnteringItByHandAgainChangesNothing() throws Exception {
        assertThat(units.byCode("QT.CL.AN").orElseThrow().validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(units.byCode("QT.CL.THANH").orElseThrow().validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        long audited = successionAudits();
        String refused = mvc.perform(post("/api/v1/admin/units/successions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"predecessors\": [\"QT.CL.AN\"], \"successor\": \"19603\", \"effectiveOn\": \"2020-01-01\", "
                        + "\"kind\": \"MERGED\"}").with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder("predecessors",
                "legalBasis");

        String json = mvc.perform(post("/api/v1/admin/units/successions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"predecessors\": [\"QT.CL.AN\", \"QT.CL.THANH\"], \"successor\": \"19603\", "
                        + "\"effectiveOn\": \"2020-01-01\", \"kind\": \"MERGED\", "
                        + "\"legalBasis\": \"Nghị quyết 832/NQ-UBTVQH14\"}").with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(json, "$.name")).isEqualTo("Thanh An");
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.predecessors[*].code")).containsExactly("QT.CL.AN",
                "QT.CL.THANH");
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.predecessors[*].kind")).containsOnly("MERGED");
        assertThat(successionAudits()).as("nothing written, twice").isEqualTo(audited);
        assertThat(jdbc.sql("select legal_basis from unit_succession where successor_id = :id").param("id",
                units.byCode("QT.CL.THANHAN").orElseThrow().id()).query(String.class).list())
                .containsExactly("Nghị quyết 832/NQ-UBTVQH14", "Nghị quyết 832/NQ-UBTVQH14");
    }

    private long successionAudits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'unit_succession'").query(Long.class).single();
    }

    private UnitImportResult importFile(String name, LocalDate effective, boolean dryRun) throws Exception {
        UnitImportResult result = imports.importList(name, Files.readAllBytes(UNITS.resolve(name)), effective, dryRun,
                Locale.forLanguageTag("vi"));
        assertThat(result.errors()).isEmpty();
        return result;
    }

    private long count() {
        return jdbc.sql("select count(*) from administrative_unit").query(Long.class).single();
    }
}
