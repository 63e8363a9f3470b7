package vn.ansinh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.households.Sex;
import vn.ansinh.partners.Partners;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reporters;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ReportingYear;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * The dashboard of a year that is over (so the pace is the whole year and the ranking final): labour from
 * the records, everything else from each reporter's latest approved report — a submitted one counts for
 * nothing — the monthly trend, the poverty rate of Biểu 2, plan against actual, the ranking; scoped.
 */
@IntegrationTest
class DashboardTest {

    private static final AccessScope OFFICE = AccessScope.everything();
    private static final int YEAR = 2023;

    @Autowired
    Dashboards dashboards;
    @Autowired
    ApplicationContext beans;
    @Autowired
    Reporters reporters;
    @Autowired
    Indicators indicators;
    @Autowired
    AnnexTables tables;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long programme;
    long camAn;
    long township;
    Reporters.Reporter organisation;
    SeedScopes scopes;

    @BeforeEach
    void setUp() {
        scopes = new SeedScopes(units, partners);
        camAn = scopes.unit(SeedScopes.CAM_AN);
        township = scopes.unit(SeedScopes.TOWNSHIP);
        ReportingYear year = new ReportingYear(beans, YEAR);
        programme = year.programme();
        organisation = reporters.of(programme, OFFICE).stream().filter(r -> r.kind() == ReporterKind.ORGANISATION)
                .findFirst().orElseThrow();
        if (year.created()) {
            year.job(camAn, "Trần Văn Nam", Sex.F, LocalDate.of(YEAR, 3, 2));
            year.job(camAn, "Lê Thị Hoa", Sex.F, LocalDate.of(YEAR, 3, 20));
            year.approve(year.file(YEAR + "-03", ReporterKind.UNIT, camAn, Map.of("POVERTY_EXITS", 2, "MERIT_COMMUNES_NO_POOR", 1)));
            year.approve(year.file(YEAR + "-06", ReporterKind.UNIT, camAn, Map.of("POVERTY_EXITS", 5, "MERIT_COMMUNES_NO_POOR", 1)));
            year.submit(year.file(YEAR + "-06", ReporterKind.UNIT, township, Map.of("POVERTY_EXITS", 30)));
            year.approve(year.file(YEAR + "-Q2", ReporterKind.ORGANISATION, organisation.id(),
                    Map.of("SPONSORED_EXITS", organisationTarget().intValueExact())));
        }
    }

    @Test
    void eachTargetAgainstTheWholeYearsPace() {
        Dashboard dashboard = dashboards.of(programme, OFFICE).orElseThrow();

        assertThat(dashboard.expectedPercent()).isEqualByComparingTo("100.00");
        assertThat(dashboard.yearOver()).isTrue();
        assertThat(target(dashboard, "JOBS_CREATED")).satisfies(t -> {
            assertThat(t.source()).isEqualTo("RECORDS");
            assertThat(t.achieved()).isEqualByComparingTo("2");
            assertThat(t.target()).isEqualByComparingTo(communeTargets("JOBS_CREATED"));
            assertThat(t.pace()).isEqualTo(Pace.BEHIND);
        });
        assertThat(target(dashboard, "POVERTY_EXITS")).satisfies(t -> {
            assertThat(t.source()).isEqualTo("REPORTS");
            assertThat(t.achieved()).as("Cam An's June report; the township's is only submitted").isEqualByComparingTo("5");
            assertThat(t.target()).isEqualByComparingTo(communeTargets("POVERTY_EXITS"));
            assertThat(t.percent()).isEqualByComparingTo(Pace.percent(BigDecimal.valueOf(5), t.target()));
        });
        assertThat(target(dashboard, "MERIT_COMMUNES_NO_POOR")).satisfies(t -> {
            assertThat(t.target()).isEqualByComparingTo("9");
            assertThat(t.achieved()).isEqualByComparingTo("1");
            assertThat(t.percent()).isEqualByComparingTo("11.11");
        });
        assertThat(target(dashboard, "SPONSORED_EXITS").percent()).as("one organisation of five at its whole commitment")
                .isEqualByComparingTo(Pace.percent(organisationTarget(), dashboard.targets().stream()
                        .filter(t -> t.code().equals("SPONSORED_EXITS")).findFirst().orElseThrow().target()));
        assertThat(dashboard.targets()).extracting(Dashboard.TargetProgress::code).doesNotContain("POOR_RATE",
                "POVERTY_REDUCTION_RATE", "HOUSEHOLDS");
    }

    @Test
    void theMonthlyTrendCarriesEachMonthsFiguresForward() {
        Dashboard dashboard = dashboards.of(programme, OFFICE).orElseThrow();

        assertThat(series(dashboard, "JOBS_CREATED")).usingElementComparator(BigDecimal::compareTo).containsExactly(n(0), n(0), n(2), n(2), n(2), n(2), n(2), n(2), n(2),
                n(2), n(2), n(2));
        assertThat(series(dashboard, "POVERTY_EXITS")).usingElementComparator(BigDecimal::compareTo).containsExactly(n(0), n(0), n(2), n(2), n(2), n(5), n(5), n(5), n(5),
                n(5), n(5), n(5));
        assertThat(series(dashboard, "VOCATIONAL_TRAINEES")).usingElementComparator(BigDecimal::compareTo).containsOnly(n(0)).hasSize(12);
    }

    @Test
    void povertyRatesAreBieu2sAndThePlanTableTotalsTheCommunes() {
        Dashboard dashboard = dashboards.of(programme, OFFICE).orElseThrow();

        var bieu2 = tables.computed(programme, "bieu-2", OFFICE).orElseThrow();
        var rateColumn = bieu2.columns().stream().filter(c -> c.rate()).findFirst().orElseThrow();
        assertThat(dashboard.povertyRates()).hasSize(9);
        assertThat(dashboard.povertyRates()).filteredOn(r -> r.unitId() == camAn).singleElement()
                .satisfies(r -> assertThat(r.rate()).isEqualByComparingTo(
                        rateColumn.shown(bieu2.rowOfUnit(camAn).orElseThrow().value(rateColumn.code()))));

        int exits = columnOf(dashboard, "POVERTY_EXITS");
        Dashboard.PlanRow camAnRow = dashboard.plan().rows().stream().filter(r -> r.unitId() == camAn).findFirst().orElseThrow();
        assertThat(camAnRow.cells().get(exits).achieved()).isEqualByComparingTo("5");
        assertThat(dashboard.plan().rows()).hasSize(9);
        assertThat(dashboard.plan().total().cells().get(exits).target()).isEqualByComparingTo(communeTargets("POVERTY_EXITS"));
        assertThat(dashboard.plan().total().cells().get(columnOf(dashboard, "JOBS_CREATED")).achieved()).isEqualByComparingTo("2");
    }

    @Test
    void theFinalRankingPutsTheOrganisationThatMetItsCommitmentFirst() {
        Dashboard dashboard = dashboards.of(programme, OFFICE).orElseThrow();

        assertThat(dashboard.organisations()).first().satisfies(r -> {
            assertThat(r.id()).isEqualTo(organisation.id());
            assertThat(r.rank()).isEqualTo(1);
            assertThat(r.score()).isEqualByComparingTo("100.00");
        });
        assertThat(dashboard.organisations()).hasSize(5);
        assertThat(dashboard.organisations().subList(1, 5)).extracting(Dashboard.Ranked::rank).containsOnly(2);
        assertThat(dashboard.communes()).first().satisfies(r -> assertThat(r.id()).isEqualTo(camAn));
        assertThat(dashboard.communes()).hasSize(9);
    }

    @Test
    void aCommuneOfficerSeesTheirCommuneOnly() {
        Dashboard dashboard = dashboards.of(programme, scopes.communeOfficer(SeedScopes.CAM_AN)).orElseThrow();

        assertThat(dashboard.plan().rows()).extracting(Dashboard.PlanRow::unitId).containsExactly(camAn);
        assertThat(dashboard.povertyRates()).extracting(Dashboard.CommuneRate::unitId).containsExactly(camAn);
        assertThat(target(dashboard, "MERIT_COMMUNES_NO_POOR").target()).as("of the communes they see").isEqualByComparingTo("1");
        assertThat(target(dashboard, "POVERTY_EXITS").achieved()).isEqualByComparingTo("5");
        assertThat(dashboards.of(programme, scopes.communeOfficer(SeedScopes.TOWNSHIP)).orElseThrow().targets())
                .filteredOn(t -> t.code().equals("POVERTY_EXITS")).singleElement()
                .satisfies(t -> assertThat(t.achieved()).isEqualByComparingTo("0"));
    }

    @Test
    void thePageAndTheApiShowTheSameFigures() throws Exception {
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", programme)).andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[?(@.code == 'POVERTY_EXITS')].achieved").value(5))
                .andExpect(jsonPath("$.yearOver").value(true))
                .andExpect(jsonPath("$.trend.series[0].cumulative[2]").value(2));
        mvc.perform(get("/programmes/{id}/dashboard", programme)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xếp hạng cuối năm để đề nghị khen thưởng")))
                .andExpect(content().string(containsString("class=\"pace pace-BEHIND\"")))
                .andExpect(content().string(containsString("data-charts=\"{&quot;povertyRates&quot;:[")))
                .andExpect(content().string(containsString("<script src=\"/webjars/echarts/")))
                .andExpect(content().string(containsString("đã qua 100,00 % thời gian của năm")));
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/programmes/{id}/dashboard", 999999)).andExpect(status().isNotFound());
    }

    private BigDecimal communeTargets(String code) {
        List<String> communes = new ArrayList<>();
        scopes.communes().forEach(id -> communes.add(String.valueOf(id)));
        return jdbc.sql("select sum(amount) from target where indicator_id = ? and target_year = ? and organisation_id is null"
                        + " and unit_id in (" + String.join(",", communes) + ")")
                .params(indicators.byCode(code).orElseThrow().id(), YEAR).query(BigDecimal.class).single();
    }

    private BigDecimal organisationTarget() {
        return jdbc.sql("select sum(amount) from target where indicator_id = ? and target_year = ? and organisation_id = ?")
                .params(indicators.byCode("SPONSORED_EXITS").orElseThrow().id(), YEAR, organisation.id())
                .query(BigDecimal.class).single();
    }

    private static Dashboard.TargetProgress target(Dashboard dashboard, String code) {
        return dashboard.targets().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<BigDecimal> series(Dashboard dashboard, String code) {
        return dashboard.trend().series().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().cumulative();
    }

    private static int columnOf(Dashboard dashboard, String code) {
        List<String> codes = dashboard.plan().columns().stream().map(Dashboard.Column::code).toList();
        assertThat(codes).contains(code);
        return codes.indexOf(code);
    }

    private static BigDecimal n(int value) {
        return BigDecimal.valueOf(value);
    }
}
