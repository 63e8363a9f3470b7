package vn.ansinh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.partners.Partners;
import vn.ansinh.planning.ProgrammeStart;
import vn.ansinh.planning.StartWay;
import vn.ansinh.programme.Programmes;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TodaysQuangTri;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

/**
 * Xã Cam Lộ's and Xã Hiếu Giang's programmes of a year roll up into the new Quảng Trị's view: each commune's
 * targets (its villages' rows added up) and achievements (its villages' labour counts and approved reports), and
 * the province total —
 * read from the communes' own figures, so a count entered afterwards shows at once. Writes are rolled back.
 */
@IntegrationTest
@Transactional
class ProvinceRollupTest {

    private static final int YEAR = 2077;
    private static final AccessScope ALL = AccessScope.everything();

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    ProgrammeStart start;
    @Autowired
    ProvinceRollup rollup;
    @Autowired
    TargetValues targets;
    @Autowired
    Indicators indicators;
    @Autowired
    LabourRecords labour;
    @Autowired
    AnnexTables tables;
    @Autowired
    Reports reports;
    @Autowired
    Programmes programmes;

    TodaysQuangTri map;
    long jobs;
    long exits;

    @BeforeEach
    void twoCommunesWithTheirFigures() {
        map = TodaysQuangTri.ensure(units, partners);
        jobs = indicators.byCode("JOBS_CREATED").orElseThrow().id();
        exits = indicators.byCode("POVERTY_EXITS").orElseThrow().id();
        start.start(map.hieuGiang(), YEAR, StartWay.TEMPLATE);
        start.start(map.camLo(), YEAR, StartWay.TEMPLATE);
        figures(map.hieuGiangVillages(), List.of(30, 25, 20, 15), List.of(3, 2, 1, 1));
        figures(map.camLoVillages(), List.of(40, 35), List.of(2, 2));
        labour.enterCount(map.hieuGiangVillages().get(0), RecordKind.JOB_PLACEMENT, YEAR, 3, 12, ALL);
        labour.enterCount(map.hieuGiangVillages().get(1), RecordKind.JOB_PLACEMENT, YEAR, 4, 8, ALL);
        labour.enterCount(map.camLoVillages().get(0), RecordKind.JOB_PLACEMENT, YEAR, 3, 10, ALL);
    }

    @Test
    void theProvinceSeesEachCommunesTargetsAndAchievementsAndTheirTotal() {
        Rollup view = rollup.of(map.province(), YEAR, ALL);

        assertThat(view.communes()).extracting(Rollup.Part::name).containsExactly("Cam Lộ", "Hiếu Giang");
        Rollup.Part camLo = view.communes().get(0);
        Rollup.Part hieuGiang = view.communes().get(1);
        assertThat(camLo.figure(jobs)).isEqualTo(new Rollup.Figure(BigDecimal.valueOf(75), BigDecimal.valueOf(10)));
        assertThat(hieuGiang.figure(jobs)).isEqualTo(new Rollup.Figure(BigDecimal.valueOf(90), BigDecimal.valueOf(20)));
        assertThat(view.total().figure(jobs)).isEqualTo(new Rollup.Figure(BigDecimal.valueOf(165), BigDecimal.valueOf(30)));
        assertThat(hieuGiang.figure(exits)).isEqualTo(new Rollup.Figure(BigDecimal.valueOf(7), null));
        assertThat(view.total().figure(exits)).isEqualTo(new Rollup.Figure(BigDecimal.valueOf(11), null));
        assertThat(view.indicators()).extracting(i -> i.code()).contains("JOBS_CREATED", "POVERTY_EXITS")
                .doesNotContain("POOR_RATE");
        assertThat(hieuGiang.programmeId()).isNotNull();
    }

    @Test
    void aCountEnteredInACommuneShowsInTheProvinceAtOnce() {
        labour.enterCount(map.camLoVillages().get(1), RecordKind.JOB_PLACEMENT, YEAR, 5, 5, ALL);

        Rollup view = rollup.of(map.province(), YEAR, ALL);
        assertThat(view.communes().get(0).figure(jobs).achieved()).isEqualTo(BigDecimal.valueOf(15));
        assertThat(view.total().figure(jobs).achieved()).isEqualTo(BigDecimal.valueOf(35));
    }

    /** Exits from poverty are no labour count: they come from the villages' latest approved reports. */
    @Test
    void exitsFromPovertyComeFromTheVillagesApprovedReports() {
        long hieuGiang = programmeOf(map.hieuGiang());
        approved(hieuGiang, "Q1", map.hieuGiangVillages().get(0), 1);
        approved(hieuGiang, "Q2", map.hieuGiangVillages().get(0), 2);
        approved(hieuGiang, "Q2", map.hieuGiangVillages().get(1), 1);
        Report draft = file(programmeOf(map.camLo()), "Q2", map.camLoVillages().get(0), 5);

        Rollup view = rollup.of(map.province(), YEAR, ALL);

        assertThat(view.communes().get(1).figure(exits)).as("the second quarter's reports hold the year so far")
                .isEqualTo(new Rollup.Figure(BigDecimal.valueOf(7), BigDecimal.valueOf(3)));
        assertThat(view.communes().get(0).figure(exits).achieved()).as("a report not approved does not count: %s",
                draft.state()).isNull();
        assertThat(view.total().figure(exits)).isEqualTo(new Rollup.Figure(BigDecimal.valueOf(11), BigDecimal.valueOf(3)));
    }

    @Test
    void thePageAndTheApiShowTheSameFigures() throws Exception {
        String province = String.valueOf(map.province());
        mvc.perform(get("/api/v1/programmes/rollup").param("unit", province).param("year", String.valueOf(YEAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communes[1].name").value("Hiếu Giang"))
                .andExpect(jsonPath("$.communes[1].figures['" + jobs + "'].target").value(90))
                .andExpect(jsonPath("$.total.figures['" + jobs + "'].target").value(165))
                .andExpect(jsonPath("$.total.figures['" + jobs + "'].achieved").value(30));
        mvc.perform(get("/programmes/rollup").param("unit", province).param("year", String.valueOf(YEAR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Quảng Trị, năm 2077")))
                .andExpect(content().string(Matchers.containsString("data-target=\"JOBS_CREATED\">165<")))
                .andExpect(content().string(Matchers.containsString("data-achieved=\"JOBS_CREATED\">30<")));
    }

    private long programmeOf(long commune) {
        return programmes.ofYear(commune, YEAR, ALL).orElseThrow().id();
    }

    /** A village's report of the quarter with its exits from poverty, submitted and approved by the office. */
    private void approved(long programme, String quarter, long village, int exitsSoFar) {
        Report report = file(programme, quarter, village, exitsSoFar);
        Report submitted = reports.submit(report.id(), report.version(), "canbo", ALL);
        reports.approve(submitted.id(), submitted.version(), "quantri", ALL);
    }

    private Report file(long programme, String quarter, long village, int exitsSoFar) {
        if (reports.periods(programme, ALL).isEmpty()) {
            reports.createPeriods(programme);
        }
        long period = reports.periods(programme, ALL).stream().filter(p -> p.code().equals(YEAR + "-" + quarter))
                .findFirst().orElseThrow().id();
        Report report = reports.open(period, ReporterKind.UNIT, village, "canbo", ALL);
        return reports.save(report.id(), report.version(), Map.of(exits, BigDecimal.valueOf(exitsSoFar)), null, null,
                "canbo", ALL);
    }

    /** Biểu 1's jobs and Biểu 2's committed exits of each village, in order. */
    private void figures(List<Long> villages, List<Integer> jobTargets, List<Integer> exitTargets) {
        for (int i = 0; i < villages.size(); i++) {
            targets.recordTarget(new FigureKey(jobs, villages.get(i), null), YEAR,
                    new TargetFigure(BigDecimal.valueOf(jobTargets.get(i)), null));
            targets.recordTarget(new FigureKey(exits, villages.get(i), null), YEAR,
                    new TargetFigure(BigDecimal.valueOf(exitTargets.get(i)), null));
        }
    }
}
