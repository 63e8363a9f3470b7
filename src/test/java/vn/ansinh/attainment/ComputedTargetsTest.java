package vn.ansinh.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.allowances.BeneficiaryGroup;
import vn.ansinh.allowances.GrantDraft;
import vn.ansinh.allowances.Grants;
import vn.ansinh.children.AssessmentDraft;
import vn.ansinh.children.ChildFriendlyCommunes;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRef;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;
import vn.ansinh.households.SupportLog;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.reporting.ReportFigure;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.reporting.internal.ReportFigures;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * The targets of the seed's 2019 programme the registers decide, per commune.
 * <p>«100% hộ nghèo, hộ cận nghèo đều được giúp đỡ»: Cam Hiếu has four households of 2019 — a poor one given a loan in
 * March 2019, a near-poor one helped only in 2018, a poor one whose 2019 support entry was deleted, and one not poor
 * with no support — so two break the target there; Cam Chính's one poor household was helped, so Cam Chính meets it;
 * the other seven communes keep no poor household in the registry and are not known. A fifth, poor and helped,
 * has a member without health insurance: it breaks «every member of poor households insured» in Cam Hiếu.
 * <p>«9/9 xã không có hộ nghèo thuộc chính sách người có công»: a martyr's mother lives in Cam Hiếu's poor household
 * CT-01, which breaks it; a war invalid in Cam Hiếu's household CT-04 (not poor) does not; Cam Thủy's one person with
 * merit lives in a household that is not poor, so Cam Thủy meets it; a merit grant that ended in 2018 (Cam Chính's
 * CC-01, poor) no longer counts; communes linking no household are not known.
 * <p>«9/9 xã phù hợp với trẻ em»: Cam Thủy assessed every criterion of Quyết định 06/QĐ-TTg met, Cam Tuyền all but
 * TC3; the others were not assessed.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:computed_targets;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class ComputedTargetsTest {

    static final AccessScope ALL = AccessScope.everything();
    static final String OFFICER = "canbo.chitieu.camhieu";

    @Autowired
    MockMvc mvc;
    @Autowired
    ComputedTargets targets;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    SupportLog supportLog;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Grants grants;
    @Autowired
    ChildFriendlyCommunes childFriendly;
    @Autowired
    Reports reports;
    @Autowired
    ReportFigures figures;
    @Autowired
    vn.ansinh.targets.Indicators indicators;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long camHieu;
    long camChinh;

    @BeforeEach
    void households() {
        camHieu = units.byCode("QT.CL.HIEU").orElseThrow().id();
        camChinh = units.byCode("QT.CL.CHINH").orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camHieu)));
        if (jdbc.sql("select count(*) from household where code = 'CT-01'").query(Long.class).single() > 0) {
            return;
        }
        long helped = household(camHieu, "CT-01", "Lê Văn Một", Classification.POOR);
        supported(helped, LocalDate.of(2019, 3, 15));
        long lastYear = household(camHieu, "CT-02", "Trần Thị Hai", Classification.NEAR_POOR);
        supported(lastYear, LocalDate.of(2018, 11, 2));
        long deleted = household(camHieu, "CT-03", "Phan Văn Ba", Classification.POOR);
        supportLog.delete(supported(deleted, LocalDate.of(2019, 6, 1)).id(), "quantri", ALL);
        household(camHieu, "CT-04", "Hồ Thị Bốn", Classification.NOT_POOR);
        long uninsured = registry.registerWithStatus(new Household(null, camHieu, "CT-05", "Thôn Phú Hiếu", "Đặng Văn Sáu",
                null, "Kinh", null, Area.RURAL, List.of(new Member("Đặng Văn Sáu", Sex.M, LocalDate.of(1966, 2, 2), "Chủ hộ",
                        null, false, false, null, null))),
                new HouseholdStatus(2019, Classification.POOR, PoorCategory.CAN_EXIT, null, null), ALL).id();
        supported(uninsured, LocalDate.of(2019, 8, 8));
        supported(household(camChinh, "CC-01", "Võ Văn Năm", Classification.POOR), LocalDate.of(2019, 12, 31));
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        household(camThuy, "TH-01", "Lê Thị Sáu", Classification.NOT_POOR);
        grant(camHieu, BeneficiaryGroup.MARTYR_RELATIVE, "Nguyễn Thị Mẹ", "CT-01", "");
        grant(camHieu, BeneficiaryGroup.WAR_INVALID, "Hồ Văn Thương", "CT-04", "");
        grant(camThuy, BeneficiaryGroup.HEROIC_MOTHER, "Lê Thị Sáu", "TH-01", "");
        grant(camChinh, BeneficiaryGroup.SICK_SOLDIER, "Võ Văn Năm", "CC-01", "12/2018");
        assessed(camThuy, "MET", "MET", "MET", "MET", "MET");
        assessed(units.byCode("QT.CL.TUYEN").orElseThrow().id(), "MET", "MET", "NOT_MET", "MET", "MET");
    }

    @Test
    void aPoorHouseholdOfAPersonWithMeritBreaksTheTargetOfItsCommune() {
        ComputedTarget merit = kind(targets.of(1, ALL).orElseThrow(), ComputedTargetKind.NO_POOR_MERIT_HOUSEHOLD);
        assertThat(merit.target()).isEqualByComparingTo("9");
        assertThat(merit.indicatorCode()).isEqualTo("MERIT_COMMUNES_NO_POOR");
        assertThat(merit.communes()).filteredOn(CommuneAttainment::known).extracting(CommuneAttainment::unitId)
                .containsExactlyInAnyOrder(camHieu, units.byCode("QT.CL.THUY").orElseThrow().id());
        assertThat(of(merit, camHieu).meets()).isFalse();
        assertThat(of(merit, camHieu).households()).extracting(HouseholdRef::code).containsExactly("CT-01");
        assertThat(of(merit, units.byCode("QT.CL.THUY").orElseThrow().id()).meets()).isTrue();
        assertThat(of(merit, camChinh).known()).as("the grant ended in 2018").isFalse();
        assertThat(merit.meeting()).isEqualTo(1);
    }

    @Test
    void aCommuneIsChildFriendlyWhenEveryCriterionIsAssessedMet() {
        ComputedTarget children = kind(targets.of(1, ALL).orElseThrow(), ComputedTargetKind.CHILD_FRIENDLY);
        long camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        assertThat(children.meeting()).isEqualTo(1);
        assertThat(of(children, units.byCode("QT.CL.THUY").orElseThrow().id()).meets()).isTrue();
        assertThat(of(children, camTuyen).meets()).isFalse();
        assertThat(of(children, camTuyen).criteria()).extracting(CriterionRef::code).containsExactly("TC3");
        assertThat(of(children, camHieu).known()).isFalse();
    }

    @Test
    void aCommunesReportIsFilledWithWhetherItCounts() {
        ReportingPeriod march = reports.periods(1, ALL).stream().filter(p -> p.code().equals("2019-03")).findFirst()
                .orElseThrow();
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        assertThat(prefilled(march, camThuy)).containsEntry("MERIT_COMMUNES_NO_POOR", BigDecimal.ONE)
                .containsEntry("CHILD_FRIENDLY_COMMUNES", BigDecimal.ONE);
        assertThat(prefilled(march, camHieu)).containsEntry("MERIT_COMMUNES_NO_POOR", BigDecimal.ZERO)
                .doesNotContainKey("CHILD_FRIENDLY_COMMUNES");
        assertThat(prefilled(march, units.byCode("QT.CL.NGHIA").orElseThrow().id())).isEmpty();
    }

    /** The figures of the commune's new report ansinh filled in, by indicator code. */
    private Map<String, BigDecimal> prefilled(ReportingPeriod period, long commune) {
        Map<String, BigDecimal> filled = new java.util.TreeMap<>();
        figures.initial(period, ReporterKind.UNIT, commune).stream().filter(ReportFigure::prefilled)
                .forEach(f -> filled.put(indicators.byId(f.indicatorId()).orElseThrow().code(), f.amount()));
        return filled;
    }

    private void grant(long unit, BeneficiaryGroup group, String name, String household, String lastMonth) {
        grants.add(new GrantDraft(unit, group, name, "", "QĐ 15/QĐ-UBND", "1", "01/2015", lastMonth, household, ""), ALL);
    }

    private void assessed(long unit, String... marks) {
        Map<String, String> byCode = new java.util.HashMap<>();
        for (int i = 0; i < marks.length; i++) {
            byCode.put("TC" + (i + 1), marks[i]);
        }
        childFriendly.assess(new AssessmentDraft(unit, "2019", byCode, Map.of()), ALL);
    }

    @Test
    void theHouseholdsWithNoSupportThisYearBreakTheTargetOfTheirCommune() {
        ComputedTarget supported = kind(targets.of(1, ALL).orElseThrow(), ComputedTargetKind.POOR_SUPPORTED);
        assertThat(supported.communes()).hasSize(9);
        assertThat(supported.meeting()).isEqualTo(1);
        CommuneAttainment hieu = of(supported, camHieu);
        assertThat(hieu.known()).isTrue();
        assertThat(hieu.meets()).isFalse();
        assertThat(hieu.households()).extracting(HouseholdRef::code, HouseholdRef::headName, HouseholdRef::classification)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CT-02", "Trần Thị Hai", Classification.NEAR_POOR),
                        org.assertj.core.groups.Tuple.tuple("CT-03", "Phan Văn Ba", Classification.POOR));
        assertThat(of(supported, camChinh).meets()).isTrue();
        assertThat(supported.communes()).filteredOn(CommuneAttainment::known).hasSize(2);
        assertThat(supported.indicatorCode()).isNull();
    }

    @Test
    void aPoorHouseholdWithAMemberWithoutHealthInsuranceBreaksTheInsuranceTarget() {
        ComputedTarget insured = kind(targets.of(1, ALL).orElseThrow(), ComputedTargetKind.POOR_INSURED);
        assertThat(of(insured, camHieu).households()).extracting(HouseholdRef::code).containsExactly("CT-05");
        assertThat(of(insured, camChinh).meets()).isTrue();
        assertThat(insured.meeting()).isEqualTo(1);
    }

    @Test
    void theApiGivesEachKindPerCommuneTheCallerReads() throws Exception {
        mvc.perform(get("/api/v1/programmes/1/targets/computed"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'POOR_SUPPORTED')].meeting").value(1))
                .andExpect(jsonPath("$[?(@.kind == 'POOR_SUPPORTED')].communes").value(9))
                .andExpect(jsonPath("$[?(@.kind == 'NO_POOR_MERIT_HOUSEHOLD')].indicator").value("MERIT_COMMUNES_NO_POOR"))
                .andExpect(jsonPath("$[?(@.kind == 'NO_POOR_MERIT_HOUSEHOLD')].target").value(9));
        mvc.perform(get("/api/v1/programmes/1/targets/computed").with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'POOR_SUPPORTED')].communes").value(1))
                .andExpect(jsonPath("$[?(@.kind == 'POOR_SUPPORTED')].byCommune[0].unitName").value("Cam Hiếu"))
                .andExpect(jsonPath("$[?(@.kind == 'POOR_SUPPORTED')].byCommune[0].households[*].code")
                        .value(org.hamcrest.Matchers.contains("CT-02", "CT-03")));
        mvc.perform(get("/api/v1/programmes/999/targets/computed")).andExpect(status().isNotFound());
    }

    @Test
    void theDashboardSaysHowManyCommunesMeetEachAndWhatBreaksIt() throws Exception {
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/programmes/1/dashboard"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ").replace(" :", ":");
        assertThat(page).contains("Không có hộ nghèo thuộc chính sách người có công", "1/9 xã (chỉ tiêu 9)",
                "Xã Cam Hiếu: CT-01 Lê Văn Một", "Chưa có số liệu: 7 xã", "Xã Cam Tuyền: TC3 ");
    }

    private long household(long unit, String code, String head, Classification classification) {
        Household draft = new Household(null, unit, code, "Thôn Phú Hiếu", head, null, "Kinh", null, Area.RURAL,
                List.of(new Member(head, Sex.M, LocalDate.of(1970, 1, 1), "Chủ hộ", null, false, true, null, null)));
        HouseholdStatus status = new HouseholdStatus(2019, classification,
                classification == Classification.POOR ? PoorCategory.CAN_EXIT : null, null, null);
        return registry.registerWithStatus(draft, status, ALL).id();
    }

    private Support supported(long household, LocalDate day) {
        return supportLog.record(new Support(null, household, SupportKind.CAPITAL_OR_LOAN, null, null,
                new BigDecimal("5000000"), day, null, "Vay vốn NHCSXH"), ALL);
    }

    static ComputedTarget kind(List<ComputedTarget> all, ComputedTargetKind kind) {
        return all.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    static CommuneAttainment of(ComputedTarget target, long unit) {
        Map<Long, CommuneAttainment> byUnit = new java.util.HashMap<>();
        target.communes().forEach(c -> byUnit.put(c.unitId(), c));
        return byUnit.get(unit);
    }
}
