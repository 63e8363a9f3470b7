package vn.ansinh.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reporters;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

/**
 * The associations' targets the seed states in words (section II.2: vocational training and labour export
 * mobilised through their branches) arrive with no figure; the office sets them; each association reports them.
 */
@IntegrationTest
class OrganisationTargetsTest {

    private static final int YEAR = 2006;
    private static final AccessScope OFFICE = AccessScope.everything();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    Partners partners;
    @Autowired
    Indicators indicators;
    @Autowired
    TargetValues targets;
    @Autowired
    Units units;
    @Autowired
    Reporters reporters;
    @Autowired
    Reports reports;

    long programme;
    long district;
    long farmers;
    long elderly;
    long training;
    long export;

    @BeforeEach
    void setUp() {
        programme = SeedOfYear.of(jdbc, importer, YEAR).programmeId();
        district = units.byCode("QT.CL").orElseThrow().id();
        farmers = partners.byCode("CL.HND").orElseThrow().id();
        elderly = partners.byCode("CL.HCT").orElseThrow().id();
        training = indicators.byCode("MEMBERS_INTO_TRAINING").orElseThrow().id();
        export = indicators.byCode("MEMBERS_INTO_LABOUR_EXPORT").orElseThrow().id();
    }

    @Test
    void theTargetsStatedInWordsArriveWithNoFigureAndEveryAssociationReportsThem() throws Exception {
        assertThat(targets.target(new FigureKey(training, district, farmers), YEAR))
                .contains(new TargetFigure(null, null));
        assertThat(reporters.of(programme, OFFICE)).filteredOn(r -> r.kind() == ReporterKind.ORGANISATION)
                .extracting(Reporters.Reporter::name)
                .containsExactly("Hội ND", "Hội PN", "Đoàn TN", "Hội CCB", "Hội CT+khác", "Hội CT");
        mvc.perform(get("/programmes/{id}/organisation-targets", programme)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Hội CT</th>")))
                .andExpect(content().string(containsString("Hội viên, con em Hội viên được vận động học nghề (người)")))
                .andExpect(content().string(containsString("placeholder=\"chưa giao số\"")));

        Report elderlyReport = march(elderly);
        assertThat(elderlyReport.figures()).extracting(f -> f.indicatorId()).containsExactlyInAnyOrder(training, export);
        mvc.perform(get("/programmes/{id}/reports/{r}", programme, elderlyReport.id()))
                .andExpect(content().string(containsString("data-target=\"" + training + "\">chưa giao số<")));
    }

    @Test
    void theOfficeSetsTheFiguresAWrongOneRefusedBesideItsFieldChangingNothing() throws Exception {
        String page = "/programmes/" + programme + "/organisation-targets";
        mvc.perform(post(page).with(csrf()).param(amount(farmers, training), "1.250").param(amount(elderly, export), "mười"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"a" + elderly + "-" + export
                        + "-problem\">Không phải là số (ví dụ 150 hoặc 1.250).<")))
                .andExpect(content().string(containsString("value=\"mười\"")));
        assertThat(targets.target(new FigureKey(training, district, farmers), YEAR).orElseThrow().amount()).isNull();

        mvc.perform(post(page).with(csrf()).param(amount(farmers, training), "1.250").param(amount(elderly, export), "40"))
                .andExpect(redirectedUrl(page));
        assertThat(targets.target(new FigureKey(training, district, farmers), YEAR).orElseThrow().amount())
                .isEqualByComparingTo("1250");
        Map<Long, BigDecimal> farmersAsked = reports.targetsOf(march(farmers), OFFICE);
        assertThat(farmersAsked.get(training)).isEqualByComparingTo("1250");
        assertThat(farmersAsked.get(indicators.byCode("SPONSORED_EXITS").orElseThrow().id())).isEqualByComparingTo("31");

        mvc.perform(post(page).with(csrf()).param(amount(farmers, training), "")).andExpect(redirectedUrl(page));
        assertThat(targets.target(new FigureKey(training, district, farmers), YEAR)).contains(new TargetFigure(null, null));
    }

    private Report march(long organisation) {
        long period = reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(YEAR + "-03"))
                .findFirst().orElseThrow().id();
        return reports.open(period, ReporterKind.ORGANISATION, organisation, "quantri", OFFICE);
    }

    private static String amount(long organisation, long indicator) {
        return "amounts[a" + organisation + "-" + indicator + "]";
    }
}
