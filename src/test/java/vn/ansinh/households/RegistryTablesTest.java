package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.annex.ComputedRow;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.units.Units;

/**
 * Biểu 2 and 3 from the registry: Cam Chính's households of the programme's year give its rows —
 * equal to a direct count of them — while the other communes keep their entered figures; the
 * reconciliation lists where entered and registry disagree; a household changed shows at once.
 */
@IntegrationTest
class RegistryTablesTest {

    /** A programme of its own, whose year no other test gives households a status in. */
    private static final int YEAR = 2057;
    /** Found in the database, not kept in fields: the PostgreSQL run of these tests has its own. */
    private long programme;
    private List<Long> households;

    @Autowired
    RegistryTables tables;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long camChinh;

    /**
     * Cam Chính's register: 12 households — 3 poor that policy can lift out (2 sponsored: farmers' and
     * women's associations), 1 poor that cannot exit, 2 near-poor, 6 others.
     */
    @BeforeEach
    void registerCamChinh() {
        camChinh = units.byCode("QT.CL.CHINH").orElseThrow().id();
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        if (!seed.created()) {
            households = jdbc.sql("select id from household where unit_id = :unit and code like 'CC-%' order by id")
                    .param("unit", camChinh).query(Long.class).list();
            return;
        }
        households = new ArrayList<>();
        List<HouseholdStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CAN_EXIT, null, null));
        }
        statuses.add(new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CANNOT_EXIT,
                CannotExitReason.NO_LABOUR_CAPACITY, null));
        statuses.add(new HouseholdStatus(YEAR, Classification.NEAR_POOR, null, null, null));
        statuses.add(new HouseholdStatus(YEAR, Classification.NEAR_POOR, null, null, null));
        for (int i = 0; i < 6; i++) {
            statuses.add(new HouseholdStatus(YEAR, i % 2 == 0 ? Classification.MEDIUM : Classification.NOT_POOR, null, null, null));
        }
        for (int i = 0; i < statuses.size(); i++) {
            Household h = registry.register(new Household(null, camChinh, "CC-" + i, "Thôn Phường Cội", "Chủ hộ " + i, null,
                    "Kinh", null, Area.RURAL, List.of(new Member("Chủ hộ " + i, Sex.F, LocalDate.of(1980, 1, 1), "Chủ hộ",
                            null, false, true, null, null))), AccessScope.everything());
            registry.setStatus(h.id(), statuses.get(i), AccessScope.everything());
            households.add(h.id());
        }
        sponsorships.assign(households.get(0), YEAR, partners.byCode("CL.HND").orElseThrow().id(), AccessScope.everything());
        sponsorships.assign(households.get(1), YEAR, partners.byCode("CL.HPN").orElseThrow().id(), AccessScope.everything());
    }

    @Test
    void camChinhsRowsComeFromItsHouseholdsAndEqualADirectCount() {
        RegistryTable bieu2 = tables.table(programme, "bieu-2", AccessScope.everything()).orElseThrow();

        ComputedRow row = bieu2.registry().rowOfUnit(camChinh).orElseThrow();
        assertThat(bieu2.fromRegistry()).containsExactly(camChinh);
        assertThat(values(row, "1", "2", "4", "6", "8")).containsExactly(12L, 4L, 3L, 1L, 2L);
        assertThat(values(row, "1", "2", "4", "6")).containsExactly(direct("1 = 1"), direct("s.classification = 'POOR'"),
                direct("s.poor_category = 'CAN_EXIT'"), direct("s.poor_category = 'CANNOT_EXIT'"));
        assertThat(row.value("3").round(2)).isEqualByComparingTo("33.33");
        ComputedRow camAn = bieu2.registry().rowOfUnit(units.byCode("QT.CL.AN").orElseThrow().id()).orElseThrow();
        assertThat(values(camAn, "1", "2")).containsExactly(1779L, 79L);
        assertThat(bieu2.registry().total().value("1").round(0)).isEqualByComparingTo(String.valueOf(14653 - 1435 + 12));

        RegistryTable bieu3 = tables.table(programme, "bieu-3", AccessScope.everything()).orElseThrow();
        assertThat(values(bieu3.registry().rowOfUnit(camChinh).orElseThrow(), "1", "2", "3", "4", "5", "6"))
                .containsExactly(1L, 1L, 0L, 0L, 0L, 2L);
    }

    @Test
    void theReconciliationListsEveryInputThatDisagrees() {
        RegistryTable bieu2 = tables.table(programme, "bieu-2", AccessScope.everything()).orElseThrow();
        assertThat(bieu2.differences()).extracting(RegistryTable.Difference::column, d -> d.entered().longValue(),
                d -> d.registry().longValue()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", 1435L, 12L), org.assertj.core.groups.Tuple.tuple("2", 30L, 4L),
                        org.assertj.core.groups.Tuple.tuple("4", 2L, 3L), org.assertj.core.groups.Tuple.tuple("6", 28L, 1L));
    }

    @Test
    void aHouseholdChangedShowsInTheTableAtOnce() {
        long household = households.get(2);
        registry.setStatus(household, new HouseholdStatus(YEAR, Classification.NEAR_POOR, null, null, null),
                AccessScope.everything());
        try {
            ComputedRow row = tables.table(programme, "bieu-2", AccessScope.everything()).orElseThrow().registry()
                    .rowOfUnit(camChinh).orElseThrow();
            assertThat(values(row, "2", "4")).containsExactly(3L, 2L);
        } finally {
            registry.setStatus(household, new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CAN_EXIT, null, null),
                    AccessScope.everything());
        }
    }

    @Test
    void onlyAPoorHouseholdThatCanExitHasASponsor() {
        long nearPoor = households.get(4);
        assertThatThrownBy(() -> sponsorships.assign(nearPoor, YEAR, partners.byCode("CL.HND").orElseThrow().id(),
                AccessScope.everything())).isInstanceOfSatisfying(SponsorshipRefusal.class,
                        e -> assertThat(e.code()).isEqualTo("household.sponsor.notCanExit"));
    }

    @Test
    void theApiGivesTheRegistryTableWithEachRowsSource() throws Exception {
        mvc.perform(get("/api/v1/programmes/" + programme + "/tables/bieu-2").param("source", "registry"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Chính')].source").value("registry"))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Chính')].values['1']").value(12))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam An')].source").value("entered"))
                .andExpect(jsonPath("$.differences[0].entered").value(1435));
        mvc.perform(get("/api/v1/programmes/" + programme + "/tables/bieu-2"))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Chính')].values['1']").value(1435));
    }

    @Test
    void theReconciliationPageShowsTheDifferences() throws Exception {
        String page = mvc.perform(get("/programmes/" + programme + "/registry")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đối chiếu các biểu với sổ hộ", "Số xã lấy số liệu từ sổ hộ: 1",
                "<td class=\"text-end\">1.435</td>", "<td class=\"text-end\">12</td>");
    }

    private static List<Long> values(ComputedRow row, String... columns) {
        List<Long> values = new ArrayList<>();
        for (String column : columns) {
            Fraction value = row.value(column);
            values.add(value == null ? null : value.round(0).longValueExact());
        }
        return values;
    }

    private long direct(String condition) {
        return jdbc.sql("select count(*) from household_status s join household h on h.id = s.household_id "
                + "where h.unit_id = :unit and s.status_year = :year and " + condition)
                .param("unit", camChinh).param("year", YEAR).query(Long.class).single();
    }
}
