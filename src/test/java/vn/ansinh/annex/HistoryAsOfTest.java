package vn.ansinh.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.planning.NextYear;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RealHistory;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.SuccessionDraft;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitListImport;
import vn.ansinh.units.UnitSuccessions;
import vn.ansinh.units.Units;

/**
 * The seed's 2019 tables under today's map, in a database of its own: the national lists of 2020–2025 and of today
 * imported, the merge of 2020 from the seed's data and those of 2025 recorded by hand; Biểu 2 as of 2026 is Xã Cam
 * Lộ and Xã Hiếu Giang, each the sum of the 2019 communes it holds (Cam An and Cam Thanh through Thanh An), its
 * rates computed again; then a split made by hand, shared out by households or marked not comparable.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:history_as_of;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryAsOfTest {

    static final Path UNITS = Path.of("src", "test", "resources", "units");
    static final LocalDate MAP_2020 = LocalDate.of(2020, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate TODAY_MAP = LocalDate.of(2026, 1, 1);
    static final LocalDate SPLIT_DAY = LocalDate.of(2026, 3, 1);
    static final AccessScope ALL = AccessScope.everything();
    static final List<String> CAM_LO = List.of("Cam Thành", "TT Cam Lộ", "Cam Nghĩa", "Cam Chính");
    static final List<String> HIEU_GIANG = List.of("Cam Tuyền", "Cam Thủy", "Cam Hiếu", "Cam An", "Cam Thanh");

    @Autowired
    UnitListImport imports;
    @Autowired
    UnitSuccessions successions;
    @Autowired
    Units units;
    @Autowired
    AnnexTables tables;
    @Autowired
    Programmes programmes;
    @Autowired
    TargetValues values;
    @Autowired
    Indicators indicators;
    @Autowired
    NextYear nextYear;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    @Order(1)
    void theMapsAndTheMergesAreRecorded() throws Exception {
        importList("units-2025-03.csv", MAP_2020);
        importList("units-2025-07.csv", REFORM);
        // The merge into Thanh An of 2020 is in the seed's data.
        // The township and Thanh An go on under their codes (CONTINUED, from the list): the others merge into them.
        successions.record(new SuccessionDraft(List.of(id("QT.CL.THANHX"), id("QT.CL.CHINH"), id("QT.CL.NGHIA")),
                bearing("19597").id(), REFORM, SuccessionKind.MERGED, "Nghị quyết 1680/NQ-UBTVQH15"));
        successions.record(new SuccessionDraft(List.of(id("QT.CL.THUY"), id("QT.CL.HIEU"), id("QT.CL.TUYEN")),
                bearing("19603").id(), REFORM, SuccessionKind.MERGED, "Nghị quyết 1680/NQ-UBTVQH15"));

        assertThat(successions.predecessors(bearing("19597").id())).extracting(l -> l.unit().code())
                .containsExactlyInAnyOrder("QT.CL.TT", "QT.CL.THANHX", "QT.CL.CHINH", "QT.CL.NGHIA");
        assertThat(successions.predecessors(bearing("19603").id())).extracting(l -> l.unit().id())
                .containsExactlyInAnyOrder(id("QT.CL.THANHAN"), id("QT.CL.THUY"), id("QT.CL.HIEU"), id("QT.CL.TUYEN"));
    }

    @Test
    @Order(2)
    void bieu2AsOf2026IsTwoCommunesSummingTheNineOf2019WithRatesComputedAgain() {
        ComputedTable entered = tables.computed(seed(), "bieu-2", ALL).orElseThrow();
        TableAsOf asOf = tables.asOf(seed(), "bieu-2", ALL, TODAY_MAP, null).orElseThrow();
        ComputedTable table = asOf.table();

        assertThat(table.rows()).extracting(ComputedRow::label).containsExactly("Xã Cam Lộ", "Xã Hiếu Giang");
        ComputedRow camLo = table.rows().get(0);
        ComputedRow hieuGiang = table.rows().get(1);
        assertThat(camLo.unitId()).isEqualTo(bearing("19597").id());
        assertThat(hieuGiang.unitId()).isEqualTo(bearing("19603").id());
        for (String column : List.of("1", "2", "4", "6", "8")) {
            assertThat(camLo.value(column)).as(column).isEqualTo(sum(entered, CAM_LO, column));
            assertThat(hieuGiang.value(column)).as(column).isEqualTo(sum(entered, HIEU_GIANG, column));
        }
        assertThat(shown(table, camLo, "1")).isEqualByComparingTo("7417");
        assertThat(shown(table, hieuGiang, "1")).isEqualByComparingTo("7236");
        assertThat(shown(table, camLo, "2")).isEqualByComparingTo("198");
        assertThat(shown(table, hieuGiang, "2")).isEqualByComparingTo("411");
        assertThat(shown(table, table.total(), "1")).as("the seed's 14.653 households").isEqualByComparingTo("14653");
        assertThat(shown(table, table.total(), "2")).as("the seed's 609 poor households").isEqualByComparingTo("609");
        // The rate of the sums (198 / 7.417, 411 / 7.236), not an average of the communes' rates.
        assertThat(shown(table, camLo, "3")).isEqualByComparingTo(rate(198, 7417)).isEqualByComparingTo("2.67");
        assertThat(shown(table, hieuGiang, "3")).isEqualByComparingTo(rate(411, 7236)).isEqualByComparingTo("5.68");
        assertThat(shown(table, hieuGiang, "9")).isEqualByComparingTo(rate(52, 7236));
        assertThat(shown(table, table.total(), "3")).isEqualByComparingTo("4.16");
        assertThat(labels(asOf, camLo)).containsExactlyElementsOf(CAM_LO);
        assertThat(labels(asOf, hieuGiang)).containsExactlyElementsOf(HIEU_GIANG);
        assertThat(asOf.notComparable()).isEmpty();
    }

    @Test
    @Order(3)
    void between2020And2025CamAnAndCamThanhAreThanhAnAndTheOthersThemselves() {
        TableAsOf asOf = tables.asOf(seed(), "bieu-2", ALL, LocalDate.of(2023, 6, 1), null).orElseThrow();

        assertThat(asOf.table().rows()).hasSize(8);
        ComputedRow thanhAn = asOf.table().rows().stream().filter(r -> r.label().equals("Xã Thanh An")).findFirst()
                .orElseThrow();
        assertThat(labels(asOf, thanhAn)).containsExactly("Cam An", "Cam Thanh");
        assertThat(shown(asOf.table(), thanhAn, "1")).isEqualByComparingTo("2632");
        assertThat(shown(asOf.table(), thanhAn, "3")).isEqualByComparingTo(rate(120, 2632));
        assertThat(asOf.table().rows()).extracting(ComputedRow::label).contains("TT Cam Lộ", "Cam Tuyền");
    }

    @Test
    @Order(4)
    void theApiAnswersEachRowWithThePredecessorsItHolds() throws Exception {
        String json = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-01-01"))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(json, "$.asOf")).isEqualTo("2026-01-01");
        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].unit")).containsExactly("Xã Cam Lộ", "Xã Hiếu Giang");
        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].unitCode")).doesNotContainNull();
        assertThat(JsonPath.<List<String>>read(json, "$.rows[1].predecessors[*].name")).containsExactlyElementsOf(HIEU_GIANG);
        assertThat(JsonPath.<List<String>>read(json, "$.rows[1].predecessors[*].unitCode")).contains("QT.CL.AN", "QT.CL.THANH");
        assertThat(JsonPath.<List<Boolean>>read(json, "$.rows[*].comparable")).containsOnly(true);
        assertThat(JsonPath.<Integer>read(json, "$.rows[0].values.1")).isEqualTo(7417);
        assertThat(JsonPath.<Integer>read(json, "$.rows[1].values.2")).isEqualTo(411);
        assertThat(JsonPath.<Double>read(json, "$.rows[1].values.3")).isEqualTo(5.68);
        assertThat(JsonPath.<Integer>read(json, "$.total.values.1")).isEqualTo(14653);

        String plain = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed())).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(plain, "$.rows")).as("without asOf, as entered").hasSize(9);
        assertThat(plain).doesNotContain("predecessors", "asOf");

        MockHttpServletResponse refused = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed())
                .param("asOf", "2026-01-01").param("split", "population")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.errors[0].field")).isEqualTo("split");
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail")).contains("không có cột dân số");
        assertThat(mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-01-01")
                .param("split", "rice")).andReturn().getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    @Order(5)
    void theWorkbookAsOf2026HasTheTwoCommunesAndWhatEachHolds() throws Exception {
        byte[] file = mvc.perform(get("/programmes/{id}/tables/bieu-2.xlsx", seed()).param("asOf", "2026-01-01"))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow camLo = row(sheet, "Xã Cam Lộ");
            XSSFRow hieuGiang = row(sheet, "Xã Hiếu Giang");
            assertThat(camLo.getCell(2).getNumericCellValue()).isEqualTo(7417d);
            assertThat(hieuGiang.getCell(3).getNumericCellValue()).isEqualTo(411d);
            assertThat(hieuGiang.getCell(4).getNumericCellValue()).as("the rate's live formula")
                    .isCloseTo(411d / 7236 * 100, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(hieuGiang.getCell(13).getStringCellValue()).isEqualTo(String.join(", ", HIEU_GIANG));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("01/01/2026");
        }
    }

    @Test
    @Order(6)
    void thePageShowsTheChoiceTheRowsAndWhatEachHoldsInBothLanguages() throws Exception {
        String page = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-01-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"as-of-form\"", "id=\"as-of-note\"", "Xã Hiếu Giang", "<span>Cam Tuyền, </span><span>Cam Thủy, </span>",
                "value=\"2026-01-01\"", "7.417", "5,68").doesNotContain("not-comparable-note");

        String english = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-01-01")
                .param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Hiếu Giang Commune", "Former units included", "Under the administrative units");

        String plain = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed())).andReturn().getResponse()
                .getContentAsString();
        assertThat(plain).contains("id=\"as-of-form\"", "TT Cam Lộ").doesNotContain("id=\"as-of-note\"");

        MockHttpServletResponse wrong = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed())
                .param("asOf", "2026-13-01")).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("id=\"asOf-problem\"", "Ngày không hợp lệ");
        MockHttpServletResponse noColumn = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed())
                .param("asOf", "2026-01-01").param("split", "population")).andReturn().getResponse();
        assertThat(noColumn.getStatus()).isEqualTo(422);
        assertThat(noColumn.getContentAsString()).contains("id=\"split-problem\"", "không có cột dân số");
    }

    /**
     * The programme of 2020 made from 2019's (baselines rolled forward: 2020's poor households are 2019's expected at
     * year end): the poverty rate of both communes of today in 2019 and 2020, and Biểu 1's jobs to create.
     */
    @Test
    @Order(7)
    void thePovertyRateAndTheLabourTargetsThroughTheYearsUnderTodaysCommunes() throws Exception {
        nextYear.create(seed());

        String json = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2/years", seed()).param("asOf", "2026-01-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.column")).as("the poverty rate").isEqualTo("3");
        assertThat(JsonPath.<List<Integer>>read(json, "$.years")).containsExactly(2019, 2020);
        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].unit")).containsExactly("Xã Cam Lộ", "Xã Hiếu Giang");
        assertThat(JsonPath.<Double>read(json, "$.rows[0].values['2019']")).isEqualTo(2.67);
        assertThat(JsonPath.<Double>read(json, "$.rows[1].values['2019']")).isEqualTo(5.68);
        assertThat(JsonPath.<Double>read(json, "$.rows[0].values['2020']")).as("168 of 7.417")
                .isEqualTo(rate(198 - 30, 7417).doubleValue());
        assertThat(JsonPath.<Double>read(json, "$.rows[1].values['2020']")).as("359 of 7.236")
                .isEqualTo(rate(411 - 52, 7236).doubleValue());

        String labour = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-1/years", seed()).param("asOf", "2026-01-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(labour, "$.column")).as("jobs to create, the first target").isEqualTo("6");
        assertThat(JsonPath.<Integer>read(labour, "$.rows[0].values['2019']")).isEqualTo(151 + 196 + 152 + 76);
        assertThat(JsonPath.<Integer>read(labour, "$.rows[1].values['2019']")).isEqualTo(215 + 75 + 197 + 110 + 124);

        String page = mvc.perform(get("/programmes/{id}/tables/bieu-2/years", seed()).param("asOf", "2026-01-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"years-table\"", "Xã Hiếu Giang", "5,68", "4,96", "2,27", "id=\"years-note\"");
        String vocational = mvc.perform(get("/programmes/{id}/tables/bieu-1/years", seed()).param("asOf", "2026-01-01")
                .param("column", "7").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(vocational).contains("Hiếu Giang Commune", "over the years", String.valueOf(77 + 82 + 59 + 40));
        String tablePage = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed())).andReturn().getResponse()
                .getContentAsString();
        assertThat(tablePage).contains("/programmes/" + seed() + "/tables/bieu-2/years");
    }

    /** Xã Hiếu Giang divided by hand in two on 01/03/2026: without a key its parts are not comparable. */
    @Test
    @Order(8)
    void aSplitWithoutAKeyIsShownNotComparableAndNotSummed() throws Exception {
        AdministrativeUnit hieuGiang = bearing("19603");
        AdministrativeUnit north = part(hieuGiang, "TEST.HG.BAC", "Hiếu Giang Bắc");
        AdministrativeUnit south = part(hieuGiang, "TEST.HG.NAM", "Hiếu Giang Nam");
        for (AdministrativeUnit part : List.of(north, south)) {
            successions.record(new SuccessionDraft(List.of(hieuGiang.id()), part.id(), SPLIT_DAY, SuccessionKind.SPLIT,
                    "Nghị quyết thử 1/2026"));
        }

        TableAsOf asOf = tables.asOf(seed(), "bieu-2", ALL, LocalDate.of(2026, 6, 1), null).orElseThrow();

        assertThat(asOf.table().rows()).extracting(ComputedRow::label)
                .containsExactly("Xã Cam Lộ", "Xã Hiếu Giang Bắc", "Xã Hiếu Giang Nam");
        assertThat(asOf.notComparable()).containsExactlyInAnyOrder(north.id(), south.id());
        ComputedRow northRow = asOf.table().rowOfUnit(north.id()).orElseThrow();
        assertThat(northRow.value("1")).as("nothing of a divided unit is summed without a key").isNull();
        assertThat(asOf.predecessorsOf(north.id())).extracting(TableAsOf.Predecessor::label)
                .containsExactlyElementsOf(HIEU_GIANG);
        assertThat(asOf.predecessorsOf(north.id())).noneMatch(TableAsOf.Predecessor::counted);
        assertThat(shown(asOf.table(), asOf.table().total(), "1")).isEqualByComparingTo("7417");

        assertThatThrownBy(() -> tables.asOf(seed(), "bieu-2", ALL, LocalDate.of(2026, 6, 1), SplitKey.HOUSEHOLDS))
                .isInstanceOf(SplitRefusedException.class).hasMessageContaining("annex.asOf.split.noFigures.households");

        String json = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-06-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(json, "$.rows[*].comparable")).containsExactly(true, false, false);
        assertThat(JsonPath.<List<Boolean>>read(json, "$.rows[1].predecessors[*].counted")).containsOnly(false);
        String page = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-06-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"not-comparable-note\"", "Không so sánh được", "Cam An (bị chia tách, không tính)");
    }

    /** With the parts' households of 2026 (3.000 and 1.000), Hiếu Giang's 2019 counts go three quarters and one quarter. */
    @Test
    @Order(9)
    void aSplitSharedOutByTheHouseholdsOfTheParts() throws Exception {
        long households = indicators.byCode("HOUSEHOLDS").orElseThrow().id();
        long north = units.byCode("TEST.HG.BAC").orElseThrow().id();
        long south = units.byCode("TEST.HG.NAM").orElseThrow().id();
        values.recordBaseline(new FigureKey(households, north, null), 2026, new BigDecimal("3000"));
        values.recordBaseline(new FigureKey(households, south, null), 2026, new BigDecimal("1000"));

        TableAsOf asOf = tables.asOf(seed(), "bieu-2", ALL, LocalDate.of(2026, 6, 1), SplitKey.HOUSEHOLDS).orElseThrow();

        assertThat(asOf.notComparable()).isEmpty();
        ComputedTable table = asOf.table();
        ComputedRow northRow = table.rowOfUnit(north).orElseThrow();
        ComputedRow southRow = table.rowOfUnit(south).orElseThrow();
        assertThat(northRow.value("1")).isEqualTo(Fraction.of(7236 * 3 / 4));
        assertThat(northRow.value("2")).isEqualTo(Fraction.of(new BigDecimal("308.25")));
        assertThat(southRow.value("1")).isEqualTo(Fraction.of(1809));
        assertThat(southRow.value("2")).isEqualTo(Fraction.of(new BigDecimal("102.75")));
        assertThat(shown(table, northRow, "3")).isEqualByComparingTo(rate(411, 7236));
        assertThat(shown(table, table.total(), "1")).isEqualByComparingTo("14653");
        assertThat(shown(table, table.total(), "2")).isEqualByComparingTo("609");
        assertThat(asOf.predecessorsOf(north)).extracting(TableAsOf.Predecessor::share).containsOnly(new BigDecimal("0.75"));

        String json = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-06-01")
                .param("split", "households")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.split")).isEqualTo("households");
        assertThat(JsonPath.<List<Boolean>>read(json, "$.rows[*].comparable")).containsOnly(true);
        assertThat(JsonPath.<Double>read(json, "$.rows[2].values.2")).isEqualTo(102.75);
        String page = mvc.perform(get("/programmes/{id}/tables/bieu-2", seed()).param("asOf", "2026-06-01")
                .param("split", "households")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cam An (25%)", "Cam An (75%)").doesNotContain("id=\"not-comparable-note\"");
    }

    private AdministrativeUnit part(AdministrativeUnit divided, String code, String name) {
        return units.add(new AdministrativeUnit(null, divided.parentId(), UnitKind.COMMUNE, code, name, SPLIT_DAY, null, null));
    }

    private static XSSFRow row(XSSFSheet sheet, String label) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(1) != null && label.equals(row.getCell(1).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static List<String> labels(TableAsOf asOf, ComputedRow row) {
        return asOf.predecessorsOf(row.unitId()).stream().map(TableAsOf.Predecessor::label).toList();
    }

    private static Fraction sum(ComputedTable table, List<String> labels, String column) {
        return table.rows().stream().filter(r -> labels.contains(r.label())).map(r -> r.value(column))
                .reduce(Fraction.ZERO, Fraction::plus);
    }

    private static BigDecimal shown(ComputedTable table, ComputedRow row, String column) {
        return table.column(column).orElseThrow().shown(row.value(column));
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private long seed() {
        return programmes.all().stream().filter(p -> p.programmeYear() == 2019).findFirst().orElseThrow().id();
    }

    private long id(String code) {
        return units.byCode(code).orElseThrow().id();
    }

    private AdministrativeUnit bearing(String gso) {
        return units.bearing(gso, TODAY_MAP).orElseThrow();
    }

    private void importList(String name, LocalDate effective) throws Exception {
        var result = imports.importList(name, Files.readAllBytes(UNITS.resolve(name)), effective, false,
                Locale.forLanguageTag("vi"));
        assertThat(result.errors()).isEmpty();
    }

}
