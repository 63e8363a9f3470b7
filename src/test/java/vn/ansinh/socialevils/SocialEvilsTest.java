package vn.ansinh.socialevils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.StaleSaveException;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * Two communes of a province of their own. Xã Thử Tệ Nạn A reports four months of 2024 (January, February, May,
 * November); the year's stocks are November's (14 drug users managed, 2 + 3 in treatment, 3 in prostitution
 * managed), its flows the sums of the four (4 supported into jobs, 2 in prostitution supported, 6 vagrants gathered,
 * 4 supported). Xã Thử Tệ Nạn B reported December 2023 and March 2024: a period's stocks are each commune's latest month
 * up to its end, from before the period too.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SocialEvilsTest {

    static final String OFFICER_B = "canbo.tnxh.b";
    static final AccessScope ALL = AccessScope.everything();

    @Autowired
    MockMvc mvc;
    @Autowired
    SocialEvils socialEvils;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long communeA;
    long communeB;

    @BeforeEach
    void twoCommunes() {
        long province = units.byCode("TNXH").orElseGet(() -> units.add(AdministrativeUnit.create(null,
                UnitKind.PROVINCE, "TNXH", "Tỉnh Thử Tệ Nạn"))).id();
        communeA = commune(province, "A");
        communeB = commune(province, "B");
        TestAccounts.ensure(accounts, OFFICER_B, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, communeB)));
    }

    @Test
    @Order(1)
    void aYearOfMonthsComesToTheLatestStocksAndTheSummedFlows() throws Exception {
        MvcResult january = save(communeA, "2024-01", 0, "12", "3", "2", "1", "4", "1", "2", "2");
        assertThat(january.getResponse().getStatus()).isEqualTo(302);
        assertThat(january.getFlashMap().get("saved")).isEqualTo("01/2024");
        save(communeA, "02/2024", 0, "13", "3", "3", "0", "4", "0", "1", "0");
        save(communeA, "2024-05", 0, "15", "4", "2", "2", "3", "1", "0", "0");
        save(communeA, "2024-11", 0, "14", "2", "3", "1", "3", "0", "3", "2");

        SocialEvilsYear year = socialEvils.year(communeA, 2024, ALL);

        assertThat(year.months()).extracting(SocialEvilsMonth::month).containsExactly(YearMonth.of(2024, 1),
                YearMonth.of(2024, 2), YearMonth.of(2024, 5), YearMonth.of(2024, 11));
        assertThat(year.figures()).as("November's stocks, the four months' flows")
                .isEqualTo(new SocialEvilsCounts(14, 2, 3, 4, 3, 2, 6, 4));
        assertThat(year.figures().inTreatment()).isEqualTo(5);
        String page = mvc.perform(get("/social-evils").param("unit", "" + communeA).param("year", "2024")
                .param("month", "2")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"month-11\"", "<td class=\"text-end text-nowrap\" data-field=\"vagrantsGathered\">3</td>",
                "<th class=\"text-end\" data-field=\"vagrantsGathered\">6</th>", "(số tháng 11/2024)",
                "id=\"social-evils-form\"", "Sửa số liệu tháng 02/2024", "name=\"version\" value=\"1\"");
        assertThat(page).containsPattern("id=\"drugUsersManaged\"[^>]*value=\"13\"");
    }

    @Test
    @Order(2)
    void theFiguresOfCommunesTakeEachOnesLatestStocksAndSumTheFlowsOfThePeriod() throws Exception {
        save(communeB, "2023-12", 0, "20", "5", "0", "3", "0", "0", "4", "1");
        save(communeB, "2024-03", 0, "7", "1", "1", "1", "2", "0", "0", "0");

        assertThat(socialEvils.figures(List.of(communeA, communeB), YearMonth.of(2024, 1), YearMonth.of(2024, 6)))
                .as("A's May and B's March; flows of January to June").isEqualTo(new SocialEvilsFigures(22, 8, 4, 5, 2));
        assertThat(socialEvils.figures(List.of(communeB), YearMonth.of(2024, 1), YearMonth.of(2024, 2)))
                .as("B's December 2023 stands; nothing flowed in January and February")
                .isEqualTo(new SocialEvilsFigures(20, 5, 0, 0, 0));
        assertThat(socialEvils.figures(List.of(communeA, communeB), YearMonth.of(2024, 1), YearMonth.of(2024, 12)))
                .isEqualTo(new SocialEvilsFigures(21, 7, 5, 5, 4));
        assertThat(socialEvils.figures(List.of(), YearMonth.of(2024, 1), YearMonth.of(2024, 12)))
                .isEqualTo(new SocialEvilsFigures(0, 0, 0, 0, 0));
    }

    @Test
    @Order(3)
    void wrongCountsAreSaidBesideTheirFieldsAndNothingIsWritten() throws Exception {
        long rows = rows();

        MvcResult negative = save(communeA, "2024-06", 0, "-1", "0", "0", "0", "1,5", "0", "0", "0");
        MvcResult over = save(communeA, "2024-06", 0, "10", "6", "5", "11", "2", "3", "1", "2");
        String negativePage = HtmlUtils.htmlUnescape(negative.getResponse().getContentAsString());
        String overPage = HtmlUtils.htmlUnescape(over.getResponse().getContentAsString());

        assertThat(negative.getResponse().getStatus()).isEqualTo(422);
        assertThat(negativePage).contains("id=\"drugUsersManaged-problem\">«-1» không phải là số hợp lệ",
                "id=\"prostitutionManaged-problem\">«1,5» không phải là số hợp lệ", "value=\"-1\"");
        assertThat(over.getResponse().getStatus()).isEqualTo(422);
        assertThat(overPage).contains("id=\"treatedAtHome-problem\">Số đang cai nghiện (tại gia đình, cộng đồng và tại "
                + "cơ sở cộng lại là 11) không được nhiều hơn số người nghiện ma túy được quản lý.",
                "id=\"drugUsersSupported-problem\">Số được hỗ trợ việc làm, học nghề sau cai nghiện không được nhiều hơn "
                        + "số người nghiện ma túy được quản lý (10).",
                "id=\"prostitutionSupported-problem\">", "id=\"vagrantsSupported-problem\">", "value=\"11\"");
        assertThat(mvc.perform(post("/social-evils").with(csrf())).andReturn().getResponse().getStatus())
                .as("an empty form").isEqualTo(422);
        assertThat(rows()).as("nothing written").isEqualTo(rows);
    }

    @Test
    @Order(4)
    void anotherCommunesOfficerMayNeitherEnterNorReadButTheirOwnCommuneIsTheirs() throws Exception {
        long rows = rows();

        MvcResult refused = mvc.perform(form(communeA, "2024-07", 0, "1", "0", "0", "0", "0", "0", "0", "0")
                .with(user(OFFICER_B).roles("COMMUNE_OFFICER"))).andReturn();
        String theirs = mvc.perform(get("/social-evils").param("unit", "" + communeB).param("year", "2024")
                .with(user(OFFICER_B).roles("COMMUNE_OFFICER"))).andReturn().getResponse().getContentAsString();
        String others = mvc.perform(get("/social-evils").param("unit", "" + communeA).param("year", "2024")
                .with(user(OFFICER_B).roles("COMMUNE_OFFICER"))).andReturn().getResponse().getContentAsString();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString()))
                .contains("id=\"unitId-problem\">Bạn không được nhập số liệu của đơn vị này.");
        assertThat(rows()).as("nothing written").isEqualTo(rows);
        assertThat(theirs).contains("id=\"social-evils-form\"", "id=\"month-3\"");
        assertThat(others).doesNotContain("id=\"social-evils-months\"", "id=\"social-evils-form\"");
        mvc.perform(get("/api/v1/social-evils").param("unit", "" + communeA).param("year", "2024")
                .with(user(OFFICER_B).roles("COMMUNE_OFFICER"))).andExpect(status().isNotFound());
    }

    @Test
    @Order(5)
    void aCorrectionAtItsVersionIsSavedAndAuditedAndOneOverANewerSaveIsRefusedNamingWhoAndWhen() throws Exception {
        long audited = audited();

        MvcResult corrected = save(communeA, "2024-02", 1, "13", "3", "3", "1", "4", "0", "1", "0");
        MvcResult stale = save(communeA, "2024-02", 1, "99", "3", "3", "1", "4", "0", "1", "0");
        String stalePage = HtmlUtils.htmlUnescape(stale.getResponse().getContentAsString());

        assertThat(corrected.getResponse().getStatus()).isEqualTo(302);
        assertThat(socialEvils.year(communeA, 2024, ALL).month(2).orElseThrow())
                .extracting(m -> m.counts().drugUsersSupported(), SocialEvilsMonth::version, SocialEvilsMonth::changedBy)
                .containsExactly(1, 2, "quantri-test");
        assertThat(socialEvils.year(communeA, 2024, ALL).figures().drugUsersSupported()).isEqualTo(5);
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stalePage).contains("Số liệu tháng này vừa được quantri-test lưu lúc", "id=\"conflict-values\"",
                "value=\"99\"", "name=\"version\" value=\"2\"");
        assertThat(socialEvils.year(communeA, 2024, ALL).month(2).orElseThrow().counts().drugUsersManaged()).isEqualTo(13);
        assertThat(audited() - audited).as("the correction, not the refusal").isEqualTo(1);
        assertThat(jdbc.sql("select action || ' ' || actor || ' ' || unit_id from audit_event where entity_type = "
                + "'social_evils_month' order by id desc").query(String.class).list().get(0))
                .isEqualTo("UPDATE quantri-test " + communeA);
        assertThatThrownBy(() -> socialEvils.save(draft(communeA, "2024-11", 0, "1", "0", "0", "0", "0", "0", "0", "0"),
                "someone", ALL)).isInstanceOf(StaleSaveException.class).hasMessageContaining("quantri-test");
    }

    @Test
    @Order(6)
    void theApiGivesTheTwelveMonthsAndTheYearsFigures() throws Exception {
        mvc.perform(get("/api/v1/social-evils").param("unit", "" + communeA).param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.months[1].counts.drugUsersSupported").value(1))
                .andExpect(jsonPath("$.months[1].version").value(2))
                .andExpect(jsonPath("$.months[2].counts").doesNotExist())
                .andExpect(jsonPath("$.months[2].version").value(0))
                .andExpect(jsonPath("$.yearFigures.drugUsersManaged").value(14))
                .andExpect(jsonPath("$.yearFigures.drugUsersSupported").value(5))
                .andExpect(jsonPath("$.yearFigures.vagrantsGathered").value(6))
                .andExpect(jsonPath("$.stocksOf").value("2024-11"));
        mvc.perform(get("/api/v1/social-evils").param("unit", "" + communeA))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    private long commune(long province, String letter) {
        return units.byCode("TNXH." + letter).orElseGet(() -> units.add(AdministrativeUnit.create(province,
                UnitKind.COMMUNE, "TNXH." + letter, "Xã Thử Tệ Nạn " + letter))).id();
    }

    private long rows() {
        return jdbc.sql("select count(*) from social_evils_month").query(Long.class).single();
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'social_evils_month'").query(Long.class)
                .single();
    }

    private MvcResult save(long unit, String month, int version, String... counts) throws Exception {
        return mvc.perform(form(unit, month, version, counts)).andReturn();
    }

    private static MockHttpServletRequestBuilder form(long unit, String month, int version, String... counts) {
        MockHttpServletRequestBuilder form = post("/social-evils").with(csrf()).param("unitId", "" + unit)
                .param("month", month).param("version", "" + version);
        for (int i = 0; i < counts.length; i++) {
            form.param(SocialEvilsDraft.COUNTS.get(i), counts[i]);
        }
        return form;
    }

    private static SocialEvilsDraft draft(long unit, String month, int version, String... c) {
        return new SocialEvilsDraft(unit, month, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], version);
    }
}
