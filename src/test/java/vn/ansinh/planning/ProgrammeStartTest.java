package vn.ansinh.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Programmes;
import vn.ansinh.programme.Signatory;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TodaysQuangTri;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.SuccessionDraft;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitSuccessions;
import vn.ansinh.units.Units;

/**
 * «Lập chương trình mới» at today's levels: Xã Hiếu Giang's programme from the template has the seed's sections,
 * domains, tables, columns and formulas with its villages as rows and its associations in Biểu 3; the new Quảng
 * Trị's programme from its predecessors' has the seed's communes followed through the 2020 and 2025 successions.
 * Each test's writes are rolled back.
 */
@IntegrationTest
@Transactional
class ProgrammeStartTest {

    static final long SEED = 1;
    private static final int YEAR = 2083;
    private static final AccessScope ALL = AccessScope.everything();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    UnitSuccessions successions;
    @Autowired
    Programmes programmes;
    @Autowired
    AnnexTables tables;

    TodaysQuangTri map;

    @BeforeEach
    void todaysMap() {
        map = TodaysQuangTri.ensure(units, partners);
    }

    @Test
    void aCommunesProgrammeFromTheTemplateHasTheSeedsStructureWithItsVillagesAsRows() throws Exception {
        long last = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        Programme created = startByForm(map.hieuGiang(), YEAR, "TEMPLATE");

        assertThat(created.published()).isFalse();
        ProgrammeText seed = programmes.text(SEED, ALL).orElseThrow();
        ProgrammeText text = programmes.text(created.id(), ALL).orElseThrow();
        assertThat(text.sections()).isEqualTo(seed.sections());
        assertThat(created.title()).endsWith("NĂM 2083");
        assertThat(text.signatories()).extracting(Signatory::label).containsExactly(
                "ỦY BAN MTTQ VIỆT NAM XÃ HIẾU GIANG", "HỘI NÔNG DÂN XÃ HIẾU GIANG", "HỘI LIÊN HIỆP PHỤ NỮ XÃ HIẾU GIANG");
        assertThat(tables.codes(created.id(), ALL)).containsExactly("bieu-1", "bieu-2", "bieu-3");
        for (String code : List.of("bieu-1", "bieu-2", "bieu-3")) {
            ComputedTable table = table(created.id(), code);
            assertThat(table.rows()).extracting(ComputedRow::label).as(code)
                    .containsExactlyElementsOf(TodaysQuangTri.HIEU_GIANG_VILLAGES);
            assertThat(table.rows()).extracting(ComputedRow::unitId).containsExactlyElementsOf(map.hieuGiangVillages());
            assertThat(table.definition().columns()).extracting(AnnexColumn::formula)
                    .isEqualTo(table(SEED, code).definition().columns().stream().map(AnnexColumn::formula).toList());
        }
        assertThat(table(created.id(), "bieu-2").definition().title()).isEqualTo("Biểu số 2: GIẢM NGHÈO NĂM 2083");
        assertThat(table(created.id(), "bieu-1").definition().header().get(0).get(1).label()).isEqualTo("Thôn, tổ dân phố");
        List<AnnexColumn> bieu3 = table(created.id(), "bieu-3").definition().columns();
        assertThat(bieu3.get(2).organisationId()).as("Hội ND: the commune's").isEqualTo(partners.byCode("HG.HND").orElseThrow().id());
        assertThat(bieu3.get(3).organisationId()).as("Hội PN: the commune's").isEqualTo(partners.byCode("HG.HPN").orElseThrow().id());
        assertThat(bieu3.get(5).organisationId()).as("no veterans' association in the commune: the template's")
                .isEqualTo(partners.byCode("CL.CCB").orElseThrow().id());
        assertThat(jdbc.sql("select action || ' ' || entity_type || ' ' || entity_id from audit_event where id > ?")
                .param(last).query(String.class).list()).containsExactly("CREATE programme " + created.id());
    }

    @Test
    void aProvincesProgrammeFromItsPredecessorsFollowsTheSeedsCommunesToTodaysCommunes() throws Exception {
        recordTheReform();

        Programme created = startByForm(map.province(), YEAR, "PREDECESSORS");

        for (String code : List.of("bieu-1", "bieu-2", "bieu-3")) {
            assertThat(table(created.id(), code).rows()).as(code).extracting(ComputedRow::unitId)
                    .containsExactlyInAnyOrder(map.camLo(), map.hieuGiang());
        }
        // Biểu 1 begins with Cam An, in Hiếu Giang through Thanh An; Biểu 2 with Cam Tuyền, in Hiếu Giang too.
        assertThat(table(created.id(), "bieu-1").rows()).extracting(ComputedRow::label).containsExactly("Hiếu Giang", "Cam Lộ");
        assertThat(table(created.id(), "bieu-1").definition().header().get(0).get(1).label()).isEqualTo("Xã, phường");
        assertThat(programmes.text(created.id(), ALL).orElseThrow().sections())
                .isEqualTo(programmes.text(SEED, ALL).orElseThrow().sections());
    }

    @Test
    void aUnitWithoutPredecessorsOrAYearTakenIsRefusedBesideTheFieldAndNothingIsWritten() throws Exception {
        startByForm(map.hieuGiang(), YEAR, "TEMPLATE");
        RowCounts before = RowCounts.of(jdbc);

        mvc.perform(post("/admin/programmes/new").param("unitId", String.valueOf(map.hieuGiang()))
                .param("year", String.valueOf(YEAR)).param("way", "TEMPLATE").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"year-problem\"")))
                .andExpect(content().string(Matchers.containsString("Đơn vị này đã có chương trình năm 2083.")));
        mvc.perform(post("/admin/programmes/new").param("unitId", String.valueOf(map.camLo()))
                .param("year", String.valueOf(YEAR)).param("way", "PREDECESSORS").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"way-problem\"")))
                .andExpect(content().string(Matchers.containsString("Không có chương trình nào của các đơn vị trước đây của Cam Lộ.")));
        mvc.perform(post("/admin/programmes/new").param("year", "hai nghìn").param("way", "TEMPLATE").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("«hai nghìn» không đọc được.")))
                .andExpect(content().string(Matchers.containsString("id=\"unitId-problem\"")));
        mvc.perform(post("/admin/programmes/new").param("unitId", String.valueOf(map.camLo())).param("year", "1990")
                .param("way", "TEMPLATE").param("lang", "en").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("The year must be within 2000–2100.")));
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    /** A commune of the national list comes without its villages: its tables would have no row. */
    @Test
    void aUnitWithNothingBelowItIsRefusedSayingWhereToAddItsVillages() throws Exception {
        long bare = units.add(new AdministrativeUnit(null, map.province(), UnitKind.COMMUNE, "TEST.QT.CHUATHON", "Đakrông",
                LocalDate.of(2025, 7, 1), null, null)).id();
        RowCounts before = RowCounts.of(jdbc);

        mvc.perform(post("/admin/programmes/new").param("unitId", String.valueOf(bare)).param("year", String.valueOf(YEAR))
                .param("way", "TEMPLATE").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"unitId-problem\"")))
                .andExpect(content().string(Matchers.containsString("Đakrông chưa có đơn vị trực thuộc nào (thôn, tổ dân phố "
                        + "hoặc xã, phường) còn hiệu lực ngày 01/01 của năm đó")));
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    /** The country is too many units for one list: the province first, then the province or a unit of it. */
    @Test
    void theUnitIsChosenInTwoStepsProvinceFirst() throws Exception {
        String first = mvc.perform(get("/admin/programmes/new")).andReturn().getResponse().getContentAsString();
        String province = mvc.perform(get("/admin/programmes/new").param("within", String.valueOf(map.province())))
                .andReturn().getResponse().getContentAsString();
        String refused = mvc.perform(post("/admin/programmes/new").param("unitId", String.valueOf(map.hieuGiang()))
                .param("year", "").param("way", "TEMPLATE").with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(first).contains("id=\"within\"", "— chọn tỉnh, thành phố trước —")
                .doesNotContain("value=\"" + map.hieuGiang() + "\"");
        assertThat(province).contains("value=\"" + map.hieuGiang() + "\"", "value=\"" + map.camLo() + "\"")
                .doesNotContain("(QT.CL.AN)");
        assertThat(refused).as("a refused form keeps the province of the unit chosen")
                .contains("<option value=\"" + map.province() + "\" selected=\"selected\"")
                .contains("<option value=\"" + map.hieuGiang() + "\" selected=\"selected\"");
    }

    @Test
    void onlyAnAdministratorSeesTheLinkAndStartsAProgramme() throws Exception {
        mvc.perform(get("/programmes")).andExpect(content().string(Matchers.containsString("programme-start-link")));
        mvc.perform(get("/programmes").with(user("lanhdao-test").roles("VIEWER")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("programme-start-link"))))
                .andExpect(content().string(Matchers.containsString("rollup-link")));
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(post("/admin/programmes/new").param("unitId", String.valueOf(map.hieuGiang()))
                .param("year", String.valueOf(YEAR)).param("way", "TEMPLATE").with(csrf())
                .with(user("canbo-test").roles("COMMUNE_OFFICER"))).andExpect(status().isForbidden());
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    private Programme startByForm(long unit, int year, String way) throws Exception {
        mvc.perform(post("/admin/programmes/new").param("unitId", String.valueOf(unit)).param("year", String.valueOf(year))
                .param("way", way).with(csrf())).andExpect(status().is3xxRedirection());
        return programmes.ofYear(unit, year, ALL).orElseThrow();
    }

    private ComputedTable table(long programme, String code) {
        return tables.computed(programme, code, ALL).orElseThrow();
    }

    /** The 2020 merge into Thanh An and the 2025 reform, where not recorded yet. */
    private void recordTheReform() {
        long district = units.byCode("QT.CL").orElseThrow().id();
        long thanhAn = units.byCode("QT.CL.THANHAN").map(AdministrativeUnit::id).orElseGet(() -> units.add(
                new AdministrativeUnit(null, district, UnitKind.COMMUNE, "QT.CL.THANHAN", "Thanh An",
                        LocalDate.of(2020, 1, 1), null, null)).id());
        merge(List.of("QT.CL.AN", "QT.CL.THANH"), thanhAn, LocalDate.of(2020, 1, 1), "Nghị quyết 832/NQ-UBTVQH14");
        merge(List.of("QT.CL.THUY", "QT.CL.HIEU", "QT.CL.TUYEN", "QT.CL.THANHAN"), map.hieuGiang(), TodaysQuangTri.REFORM,
                "Nghị quyết 1680/NQ-UBTVQH15");
        merge(List.of("QT.CL.TT", "QT.CL.THANHX", "QT.CL.CHINH", "QT.CL.NGHIA"), map.camLo(), TodaysQuangTri.REFORM,
                "Nghị quyết 1680/NQ-UBTVQH15");
        long quangBinh = units.byCode("QB44").map(AdministrativeUnit::id).orElseGet(() -> units.add(
                new AdministrativeUnit(null, null, UnitKind.PROVINCE, "QB44", "Quảng Bình", null, null, null)).id());
        successions.record(new SuccessionDraft(List.of(units.byCode("QT").orElseThrow().id(), quangBinh), map.province(),
                TodaysQuangTri.REFORM, SuccessionKind.MERGED, "Nghị quyết 202/2025/QH15"));
    }

    private void merge(List<String> codes, long successor, LocalDate on, String basis) {
        List<Long> ids = codes.stream().map(c -> units.byCode(c).orElseThrow().id()).toList();
        if (successions.successors(ids.get(0)).isEmpty()) {
            successions.record(new SuccessionDraft(ids, successor, on, SuccessionKind.MERGED, basis));
        }
    }
}
