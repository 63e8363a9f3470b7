package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.SuccessionDraft;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitSuccessions;
import vn.ansinh.units.Units;

/**
 * A household's area follows its unit on the review date: Thị trấn Cam Lộ (a township until 30/06/2025) is urban,
 * the Xã Cam Lộ it continues as from 01/07/2025 rural — so the same household, with the same income, is poor
 * under the urban line of NĐ 07/2021 (2.000.000 đ) on 30/06/2025 and above the rural line (1.500.000 đ) a day later.
 */
@IntegrationTest
class HouseholdAreaTest {

    private static final LocalDate LAST_URBAN_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_RURAL_DAY = LocalDate.of(2025, 7, 1);
    private static final List<String> THREE = List.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION");

    @Autowired
    Units units;
    @Autowired
    UnitSuccessions successions;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    HouseholdAreas areas;
    @Autowired
    HouseholdClassifier classifier;
    @Autowired
    MockMvc mvc;

    AdministrativeUnit township;
    AdministrativeUnit commune;

    @BeforeEach
    void camLoBecomesACommune() {
        String tag = "AREA" + System.nanoTime() % 1_000_000_000L;
        AdministrativeUnit province = unit(null, UnitKind.PROVINCE, tag + "P", "Tỉnh Quảng Trị", null, null);
        township = unit(province.id(), UnitKind.TOWNSHIP, tag + "T", "Thị trấn Cam Lộ", null, LAST_URBAN_DAY);
        commune = unit(province.id(), UnitKind.COMMUNE, tag + "X", "Xã Cam Lộ", FIRST_RURAL_DAY, null);
        successions.record(new SuccessionDraft(List.of(township.id()), commune.id(), FIRST_RURAL_DAY,
                SuccessionKind.CONTINUED, "Sắp xếp đơn vị hành chính cấp xã tỉnh Quảng Trị năm 2025"));
    }

    @Test
    void theTownshipsHouseholdsAreUrbanUntil30JuneAndRuralFrom1July() {
        assertThat(areas.areaOn(township.id(), LAST_URBAN_DAY)).contains(Area.URBAN);
        assertThat(areas.areaOn(township.id(), FIRST_RURAL_DAY)).contains(Area.RURAL);
        assertThat(areas.areaOn(township.id(), LocalDate.of(2026, 9, 1))).contains(Area.RURAL);
        // A household entered under today's commune reviewed for a day before it existed: its predecessor's area.
        assertThat(areas.areaOn(commune.id(), LAST_URBAN_DAY)).contains(Area.URBAN);
    }

    @Test
    void theSameIncomeIsPoorUnderTheUrbanLineAndMediumUnderTheRuralOne() {
        // Recorded as rural by hand: the unit, not the record, decides.
        Household household = registry.register(HouseholdRegistryTest.household(township.id(), null),
                AccessScope.everything());
        BigDecimal income = BigDecimal.valueOf(1_800_000);

        HouseholdClassifier.Result before = classifier.classify(household.id(), LAST_URBAN_DAY, income, THREE,
                AccessScope.everything());
        HouseholdClassifier.Result after = classifier.classify(household.id(), FIRST_RURAL_DAY, income, THREE,
                AccessScope.everything());

        assertThat(before.area()).isEqualTo(Area.URBAN);
        assertThat(before.areaFromUnit()).isTrue();
        assertThat(before.result().classification()).isEqualTo(Classification.POOR);
        assertThat(before.result().standard().code()).isEqualTo("2022-2025");
        assertThat(after.area()).isEqualTo(Area.RURAL);
        assertThat(after.result().classification()).isEqualTo(Classification.MEDIUM);
    }

    @Test
    void atTheLinesThemselvesTheBoundaryDayDecides() {
        Household household = registry.register(HouseholdRegistryTest.household(township.id(), null),
                AccessScope.everything());

        assertThat(classify(household, LAST_URBAN_DAY, 2_000_000, THREE)).isEqualTo(Classification.POOR);
        assertThat(classify(household, LAST_URBAN_DAY, 2_000_001, THREE)).isEqualTo(Classification.MEDIUM);
        assertThat(classify(household, FIRST_RURAL_DAY, 1_500_000, THREE)).isEqualTo(Classification.POOR);
        assertThat(classify(household, FIRST_RURAL_DAY, 1_500_001, THREE)).isEqualTo(Classification.MEDIUM);
        assertThat(classify(household, FIRST_RURAL_DAY, 1_500_000, THREE.subList(0, 2))).isEqualTo(Classification.NEAR_POOR);
    }

    @Test
    void aVillageHasTheAreaOfItsCommuneOrWardThatDay() {
        AdministrativeUnit village = unit(township.id(), UnitKind.RESIDENTIAL_GROUP, township.code() + "K1", "Khu phố 1",
                null, null);
        AdministrativeUnit ward = unit(township.parentId(), UnitKind.WARD, township.code() + "W", "Phường Đông Hà", null, null);
        AdministrativeUnit quarter = unit(ward.id(), UnitKind.RESIDENTIAL_GROUP, township.code() + "W1", "Khu phố 2",
                null, null);

        assertThat(areas.areaOn(village.id(), LAST_URBAN_DAY)).contains(Area.URBAN);
        assertThat(areas.areaOn(village.id(), FIRST_RURAL_DAY)).contains(Area.RURAL);
        assertThat(areas.areaOn(quarter.id(), FIRST_RURAL_DAY)).contains(Area.URBAN);
    }

    @Test
    void whereTheUnitGivesNoAreaTheRecordsAreaIsUsed() {
        Household household = registry.register(HouseholdRegistryTest.household(township.parentId(), null),
                AccessScope.everything());

        HouseholdClassifier.Result result = classifier.classify(household.id(), FIRST_RURAL_DAY,
                BigDecimal.valueOf(1_500_000), THREE, AccessScope.everything());

        assertThat(result.areaFromUnit()).isFalse();
        assertThat(result.area()).isEqualTo(Area.RURAL);
    }

    @Test
    void theApiClassifiesOnTheReviewDateAndSaysTheArea() throws Exception {
        Household household = registry.register(HouseholdRegistryTest.household(township.id(), null),
                AccessScope.everything());
        String body = "{\"date\": \"%s\", \"incomePerPerson\": 1800000, \"deprivations\": "
                + "[\"EMPLOYMENT\", \"DEPENDANTS\", \"NUTRITION\"]}";

        mvc.perform(post("/api/v1/households/{id}/classify", household.id()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("2025-06-30"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.area").value("URBAN")).andExpect(jsonPath("$.classification").value("POOR"))
                .andExpect(jsonPath("$.explanation").value(
                        "thu nhập 1.800.000 đ ≤ chuẩn 2.000.000 đ và thiếu hụt 3/12 chỉ số → hộ nghèo"));
        mvc.perform(post("/api/v1/households/{id}/classify", household.id()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("2025-07-01"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.area").value("RURAL")).andExpect(jsonPath("$.classification").value("MEDIUM"));
        mvc.perform(post("/api/v1/households/{id}/classify", household.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"incomePerPerson\": 1800000}")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theHouseholdPageShowsTheAreaOfItsUnitTodayAndWhereTheRecordDiffers() throws Exception {
        Household draft = HouseholdRegistryTest.household(township.id(), null);
        Household recordedUrban = registry.register(new Household(null, township.id(), draft.code(), null, "Trần Văn An",
                null, "Kinh", null, Area.URBAN, draft.members()), AccessScope.everything());

        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(
                get("/registry/households/{id}", recordedUrban.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());

        assertThat(page).contains("Nông thôn (theo đơn vị hành chính hôm nay)",
                "Hồ sơ ghi Thành thị; khi phân loại, khu vực theo đơn vị hành chính vào ngày rà soát.");
    }

    @Test
    void aNewHouseholdsFormStartsWithTheAreaOfTheChosenUnitToday() throws Exception {
        AdministrativeUnit ward = unit(township.parentId(), UnitKind.WARD, township.code() + "W", "Phường Đông Hà", null, null);

        assertThat(newForm(ward)).contains("value=\"URBAN\" selected").doesNotContain("value=\"RURAL\" selected");
        assertThat(newForm(township)).contains("value=\"RURAL\" selected").doesNotContain("value=\"URBAN\" selected");
    }

    private String newForm(AdministrativeUnit unit) throws Exception {
        return mvc.perform(get("/registry/households/new").param("unit", String.valueOf(unit.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Classification classify(Household household, LocalDate day, long income, List<String> deprivations) {
        return classifier.classify(household.id(), day, BigDecimal.valueOf(income), deprivations, AccessScope.everything())
                .result().classification();
    }

    private AdministrativeUnit unit(Long parent, UnitKind kind, String code, String name, LocalDate from, LocalDate to) {
        return units.add(new AdministrativeUnit(null, parent, kind, code, name, from, to, null));
    }
}
