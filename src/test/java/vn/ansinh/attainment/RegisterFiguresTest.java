package vn.ansinh.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.ansinh.gratitude.GratitudeEntries;
import vn.ansinh.gratitude.HouseDraft;
import vn.ansinh.gratitude.HouseKind;
import vn.ansinh.relief.AffectedHousehold;
import vn.ansinh.relief.AffectedHouseholdDraft;
import vn.ansinh.relief.DamageKind;
import vn.ansinh.relief.DisasterKind;
import vn.ansinh.relief.ReliefDraft;
import vn.ansinh.relief.ReliefEntries;
import vn.ansinh.relief.ReliefEvent;
import vn.ansinh.relief.ReliefEventDraft;
import vn.ansinh.reporting.ReportFigure;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.reporting.internal.ReportFigures;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.socialevils.SocialEvils;
import vn.ansinh.socialevils.SocialEvilsDraft;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

/**
 * The catalogue's register indicators filled in a commune's report from its registers, from the year's start to the
 * period's end: Cam Nghĩa set itself 2 gratitude houses and 500 kg of relief rice for 2019; a house handed over on
 * 12/03/2019 and a flood on 20/10/2019 with 50 kg given make March's report 1 house and no rice yet, the year's
 * report 1 house and 50 kg. Its social evils of February and March (7 then 6 drug users managed; 2 then 1 vagrants
 * supported) fill March's report with 6 managed, the latest month, and 3 vagrants supported, the sum. Cam Tuyền, with the same targets and nothing in its registers, is left to type them.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:register_figures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class RegisterFiguresTest {

    static final AccessScope ALL = AccessScope.everything();

    @Autowired
    GratitudeEntries gratitude;
    @Autowired
    ReliefEntries relief;
    @Autowired
    Reports reports;
    @Autowired
    ReportFigures figures;
    @Autowired
    Indicators indicators;
    @Autowired
    TargetValues targets;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SocialEvils evils;

    long camNghia;
    long camTuyen;

    @BeforeEach
    void registers() {
        camNghia = units.byCode("QT.CL.NGHIA").orElseThrow().id();
        camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        if (jdbc.sql("select count(*) from gratitude_house").query(Long.class).single() > 0) {
            return;
        }
        for (long commune : List.of(camNghia, camTuyen)) {
            target("GRATITUDE_HOUSES", commune, "2");
            target("RELIEF_RICE", commune, "500");
        }
        gratitude.add(new HouseDraft(camNghia, HouseKind.BUILT, "Phan Thị Hương", "Thôn Mộc Đức", "", "80.000.000",
                "Quỹ Đền ơn đáp nghĩa huyện", "12/03/2019"), ALL);
        ReliefEvent flood = relief.create(new ReliefEventDraft(DisasterKind.FLOOD, "Lũ tháng 10", "20/10/2019",
                List.of(camNghia)), ALL);
        AffectedHousehold hit = relief.add(flood, new AffectedHouseholdDraft(camNghia, "Lê Văn Lụt", "Thôn Đâu Bình",
                "", DamageKind.CROPS_LOST, "", ""), ALL);
        relief.give(flood, new ReliefDraft(hit.id(), "Hội Chữ thập đỏ", "22/10/2019", "50", "", ""), ALL);
        target("DRUG_USERS_MANAGED", camNghia, "10");
        target("VAGRANTS_SUPPORTED", camNghia, "5");
        evils.save(new SocialEvilsDraft(camNghia, "02/2019", "7", "1", "1", "0", "0", "0", "2", "2", 0), "canbo", ALL);
        evils.save(new SocialEvilsDraft(camNghia, "03/2019", "6", "1", "0", "1", "0", "0", "1", "1", 0), "canbo", ALL);
    }

    @Test
    void socialEvilsFillTheirIndicatorsStocksAsAtThePeriodFlowsSummed() {
        assertThat(prefilled("2019-03", camNghia)).containsEntry("DRUG_USERS_MANAGED", new BigDecimal("6"))
                .containsEntry("VAGRANTS_SUPPORTED", new BigDecimal("3"));
    }

    @Test
    void aCommunesReportIsFilledFromItsRegistersSinceTheYearsStart() {
        assertThat(prefilled("2019-03", camNghia)).containsEntry("GRATITUDE_HOUSES", BigDecimal.ONE)
                .containsEntry("RELIEF_RICE", BigDecimal.ZERO);
        assertThat(prefilled("2019", camNghia)).containsEntry("GRATITUDE_HOUSES", BigDecimal.ONE)
                .containsEntry("RELIEF_RICE", new BigDecimal("50"));
    }

    @Test
    void aCommuneWhoseRegistersHoldNothingTypesItsFigures() {
        assertThat(prefilled("2019", camTuyen)).doesNotContainKeys("GRATITUDE_HOUSES", "RELIEF_RICE");
    }

    private void target(String code, long commune, String amount) {
        targets.recordTarget(new FigureKey(indicators.byCode(code).orElseThrow().id(), commune, null), 2019,
                new TargetFigure(new BigDecimal(amount), null));
    }

    /** The figures of the commune's new report of the period ansinh filled in, by indicator code. */
    private Map<String, BigDecimal> prefilled(String period, long commune) {
        ReportingPeriod chosen = reports.periods(1, ALL).stream().filter(p -> p.code().equals(period)).findFirst()
                .orElseThrow();
        Map<String, BigDecimal> filled = new TreeMap<>();
        figures.initial(chosen, ReporterKind.UNIT, commune).stream().filter(ReportFigure::prefilled)
                .forEach(f -> filled.put(indicators.byId(f.indicatorId()).orElseThrow().code(), f.amount()));
        return filled;
    }
}
