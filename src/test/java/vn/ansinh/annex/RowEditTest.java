package vn.ansinh.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.checks.FigureChecks;
import vn.ansinh.checks.Finding;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.targets.FigureVersions;
import vn.ansinh.units.Units;

/**
 * Changing a row's figures through its form: the tables, totals and findings follow at once; a
 * wrong value is named beside its field and nothing is saved; only users who may write the unit
 * get the form. Each test rolls back, so the shared seed stays as printed.
 */
@IntegrationTest
@Transactional
class RowEditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AnnexTables tables;
    @Autowired
    FigureChecks checks;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FigureVersions versions;

    long camAn;
    long camThanh;

    @BeforeEach
    void units() {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        camThanh = units.byCode("QT.CL.THANH").orElseThrow().id();
    }

    @Test
    void formShowsTheRowsInputFiguresAsPrinted() throws Exception {
        String page = mvc.perform(get(edit("bieu-1", camAn))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Biểu số 1 – sửa số liệu của Cam An", "value=\"3.971\"", "value=\"215\"",
                "name=\"values[6]\"").doesNotContain("name=\"values[3]\"");
    }

    @Test
    void savingJobsOfCamAnMovesTheTotalAndTheFindingsAtOnce() throws Exception {
        assertThat(total("bieu-1", "6")).isEqualTo("1.296");
        mvc.perform(save("bieu-1", camAn).param("values[6]", "216")).andExpect(redirectedUrl("/programmes/1/tables/bieu-1#unit-" + camAn));
        assertThat(total("bieu-1", "6")).isEqualTo("1.297");
        List<Finding> findings = checks.findings(1, AccessScope.everything()).orElseThrow();
        assertThat(findings).extracting(Finding::table, Finding::column, Finding::printed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bieu-1", "2", "25.073"),
                org.assertj.core.groups.Tuple.tuple("bieu-1", "3", "5.316"),
                org.assertj.core.groups.Tuple.tuple("bieu-1", "9", "149"),
                org.assertj.core.groups.Tuple.tuple("text", null, "149"));
        assertThat(jdbc.sql("select old_value || ' → ' || new_value from audit_event where entity_type = 'target' "
                + "order by id desc limit 1").query(String.class).single()).isEqualTo("215 → 216");
    }

    @Test
    void aChangedBaselineMovesDifferencesAndRates() throws Exception {
        mvc.perform(save("bieu-2", camAn).param("values[2]", "80")).andExpect(status().is3xxRedirection());
        ComputedTable bieu2 = tables.computed(1, "bieu-2", AccessScope.everything()).orElseThrow();
        ComputedRow row = bieu2.rowOfUnit(camAn).orElseThrow();
        assertThat(bieu2.column("3").orElseThrow().format(row.value("3"))).isEqualTo("4,50");
        assertThat(bieu2.column("10").orElseThrow().format(row.value("10"))).isEqualTo("75");
        assertThat(bieu2.column("2").orElseThrow().format(bieu2.total().value("2"))).isEqualTo("610");
    }

    @Test
    void wrongValuesAreNamedBesideTheirFieldAndNothingIsSaved() throws Exception {
        String page = mvc.perform(save("bieu-1", camAn).param("values[6]", "21a").param("values[7]", "-3").param("values[8]", "7,5")
                .param("values[9]", "30")).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Có số liệu chưa đúng; chưa lưu gì.", "«21a» không phải là số",
                "Số liệu không được âm.", "Số liệu tính bằng người phải là số nguyên.", "value=\"21a\"", "is-invalid");
        assertThat(total("bieu-1", "9")).isEqualTo("150");
    }

    @Test
    void aSaveOverANewerOneShowsBothVersionsNamingWhoAndWhenAndSavesNothing() throws Exception {
        MockHttpServletRequestBuilder first = save("bieu-2", camAn).param("values[1]", "1.000");
        MockHttpServletRequestBuilder second = save("bieu-2", camAn).param("values[1]", "1.001");
        TestAccounts.ensure(accounts, "canbo.mot", Set.of(RoleAssignment.admin()));
        mvc.perform(first.with(user("canbo.mot").roles("ADMIN"))).andExpect(status().is3xxRedirection());
        String page = mvc.perform(second.param("values[2]", "81")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Số liệu của Cam An vừa được canbo.mot lưu lúc", "Lưu bản của tôi", "Dùng bản đã lưu",
                "data-theirs=\"1\">1.000<", "data-yours=\"1\">1.001<", "value=\"1.001\"", "value=\"81\"",
                "name=\"version\" value=\"" + versions.of(camAn, 2019).number() + "\"");
        ComputedTable bieu2 = tables.computed(1, "bieu-2", AccessScope.everything()).orElseThrow();
        assertThat(bieu2.column("1").orElseThrow().format(bieu2.rowOfUnit(camAn).orElseThrow().value("1"))).isEqualTo("1.000");
        mvc.perform(post(edit("bieu-2", camAn)).with(csrf()).param("version", String.valueOf(versions.of(camAn, 2019).number()))
                .param("values[1]", "1.001")).andExpect(status().is3xxRedirection());
        bieu2 = tables.computed(1, "bieu-2", AccessScope.everything()).orElseThrow();
        assertThat(bieu2.column("1").orElseThrow().format(bieu2.rowOfUnit(camAn).orElseThrow().value("1"))).isEqualTo("1.001");
    }

    @Test
    void anEmptyFieldClearsTheFigureAndAFieldNotSentKeepsIt() throws Exception {
        mvc.perform(save("bieu-1", camAn).param("values[6]", "")).andExpect(status().is3xxRedirection());
        ComputedTable bieu1 = tables.computed(1, "bieu-1", AccessScope.everything()).orElseThrow();
        assertThat(bieu1.rowOfUnit(camAn).orElseThrow().value("6")).isNull();
        assertThat(bieu1.column("6").orElseThrow().format(bieu1.total().value("6"))).isEqualTo("1.081");
        assertThat(bieu1.column("1").orElseThrow().format(bieu1.rowOfUnit(camAn).orElseThrow().value("1"))).isEqualTo("3.971");
    }

    @Test
    void aCommuneOfficerChangesTheirCommuneOnly() throws Exception {
        TestAccounts.ensure(accounts, "sua.caman", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        var officer = user("sua.caman").roles("COMMUNE_OFFICER");
        mvc.perform(get(edit("bieu-1", camAn)).with(officer)).andExpect(status().isOk());
        mvc.perform(save("bieu-1", camAn).param("values[6]", "220").with(officer)).andExpect(status().is3xxRedirection());
        mvc.perform(get(edit("bieu-1", camThanh)).with(officer)).andExpect(status().isNotFound());
        mvc.perform(save("bieu-1", camThanh).param("values[6]", "1").with(officer)).andExpect(status().isNotFound());
        ComputedTable bieu1 = tables.computed(1, "bieu-1", AccessScope.everything()).orElseThrow();
        assertThat(bieu1.column("6").orElseThrow().format(bieu1.rowOfUnit(camThanh).orElseThrow().value("6"))).isEqualTo("75");
        assertThat(bieu1.column("6").orElseThrow().format(bieu1.rowOfUnit(camAn).orElseThrow().value("6"))).isEqualTo("220");
    }

    @Test
    void aViewerGetsNoForm() throws Exception {
        long district = units.byCode("QT.CL").orElseThrow().id();
        TestAccounts.ensure(accounts, "xem.sua", Set.of(RoleAssignment.ofUnit(Role.VIEWER, district)));
        mvc.perform(get(edit("bieu-1", camAn)).with(user("xem.sua").roles("VIEWER"))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/programmes/1/tables/bieu-1").with(user("xem.sua").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/edit");
    }

    private String total(String table, String column) {
        ComputedTable computed = tables.computed(1, table, AccessScope.everything()).orElseThrow();
        return computed.column(column).orElseThrow().format(computed.total().value(column));
    }

    private static String edit(String table, long unit) {
        return "/programmes/1/tables/" + table + "/units/" + unit + "/edit";
    }

    /** A save over the version the row's figures are at now, as a form just opened sends it. */
    private MockHttpServletRequestBuilder save(String table, long unit) {
        return post(edit(table, unit)).with(csrf()).param("version", String.valueOf(versions.of(unit, 2019).number()));
    }
}
