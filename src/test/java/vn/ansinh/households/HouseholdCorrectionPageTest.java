package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * «Sửa» on a household's page: the «Thêm hộ» form filled with the household, saved as a correction (a save over
 * a newer one refused naming who, every typed value kept); the page shows every field the form asks for, who
 * sponsors the household and who gave each support; support entries corrected, deleted and restored.
 */
@IntegrationTest
class HouseholdCorrectionPageTest {

    private static final String OFFICER = "canbo.an.sua";
    private static final int YEAR = 2099;

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    HouseholdCorrections corrections;
    @Autowired
    SupportLog support;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long camAn;
    Household household;

    @BeforeEach
    void setUp() {
        camAn = units.byCode(SeedScopes.CAM_AN).orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        household = registry.register(HouseholdRegistryTest.household(camAn, "045068001234"), AccessScope.everything());
    }

    @Test
    void theEditFormIsTheAddFormFilledWithTheHousehold() throws Exception {
        String form = page("/registry/households/" + household.id() + "/edit");

        assertThat(form).contains("Sửa hộ " + household.code(), "name=\"version\" value=\"0\"",
                "action=\"/registry/households/" + household.id() + "\"", "value=\"Nguyễn Văn Hùng\"",
                "value=\"Lê Thị Mai\"", "value=\"045068001234\"", "value=\"Thôn Cam Phú, xã Cam An\"",
                "name=\"members[1].fullName\"", ">Thêm dòng</button>");
        assertThat(page("/registry/households/" + household.id()))
                .contains("href=\"/registry/households/" + household.id() + "/edit\"");
    }

    @Test
    void aCorrectionIsSavedAndThePageShowsEveryField() throws Exception {
        mvc.perform(correction(0).param("members[1].fullName", "Nguyễn Thị Hoa").param("members[1].sex", "F")
                        .param("members[1].birthDate", "2003-04-05").param("members[1].relation", "Con")
                        .param("members[1].disability", "true").param("members[1].education", "THPT")
                        .param("members[1].employment", "Công nhân"))
                .andExpect(status().is3xxRedirection());

        String page = page("/registry/households/" + household.id());
        assertThat(page).contains("Thôn Cam Phú 3", "Số 5, thôn Cam Phú 3", "Vân Kiều", "Nguyễn Thị Hoa", "05/04/2003",
                "Công nhân", "THPT", "045068001234").doesNotContain("Lê Thị Mai");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'household' and entity_id = :id "
                + "and action = 'UPDATE'").param("id", "" + household.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSaveOverANewerOneShowsTheSavedHouseholdBesideWhatWasTypedAndSavingAgainKeepsTheTypedOne() throws Exception {
        Household theirs = new Household(household.id(), camAn, household.code(), "Thôn Cam Phú 1", household.headName(),
                household.address(), household.ethnicity(), household.phone(), household.area(), List.of(
                        household.members().get(0), household.members().get(1),
                        new Member("Nguyễn Văn Tú", Sex.M, LocalDate.of(2010, 5, 1), "Con", null, false, true, null, null)));
        corrections.correct(household.id(), 0, theirs, null, "canbo.khac", AccessScope.everything());
        RowCounts before = RowCounts.of(jdbc);

        String refused = mvc.perform(correction(0).param("members[1].fullName", "Nguyễn Thị Hoa")
                        .param("members[1].sex", "F").param("members[1].relation", "Con"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Hộ này vừa được canbo.khac lưu lúc", "id=\"conflict-values\"",
                "<td class=\"saved\">Thôn Cam Phú 1</td><td class=\"typed\">Thôn Cam Phú 3</td>",
                "<td class=\"saved\">Nguyễn Văn Tú, Nam, 01/05/2010, Con, Có BHYT</td><td class=\"typed\">—</td>",
                "value=\"Nguyễn Thị Hoa\"", "value=\"Thôn Cam Phú 3\"", "name=\"version\" value=\"1\"",
                ">Lưu bản của tôi</button>", "href=\"/registry/households/" + household.id() + "/edit\"");
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();

        mvc.perform(correction(1).param("members[1].fullName", "Nguyễn Thị Hoa").param("members[1].sex", "F")
                .param("members[1].relation", "Con")).andExpect(status().is3xxRedirection());
        assertThat(registry.byId(household.id(), AccessScope.everything()).orElseThrow().members())
                .extracting(Member::fullName).containsExactly("Nguyễn Văn Hùng", "Nguyễn Thị Hoa");
    }

    @Test
    void aProblemIsShownBesideItsFieldAndTheRowsStay() throws Exception {
        String refused = mvc.perform(correction(0, camAn, "").param("members[1].fullName", "Bé")
                        .param("members[1].sex", "F").param("members[1].relation", "Con")
                        .param("members[1].citizenId", "12"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("id=\"members[0].fullName-problem\"", "id=\"members[1].citizenId-problem\"",
                "«12» không phải số CCCD", "value=\"Bé\"");
    }

    @Test
    @WithMockUser(username = OFFICER, roles = "OFFICER")
    void anOfficerCannotMoveAHouseholdOutOfTheirCommunes() throws Exception {
        long township = units.byCode(SeedScopes.TOWNSHIP).orElseThrow().id();
        RowCounts before = RowCounts.of(jdbc);

        mvc.perform(correction(0, township, "Nguyễn Văn Hùng")).andExpect(status().isNotFound());

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        assertThat(page("/registry/households/" + household.id() + "/edit")).contains("name=\"version\"");
    }

    @Test
    void thePageSaysWhoSponsorsAndWhoGaveEachSupport() throws Exception {
        registry.setStatus(household.id(), HouseholdRegistryTest.poor(YEAR), AccessScope.everything());
        long farmers = partners.byCode("CL.HND").orElseThrow().id();
        sponsorships.assign(household.id(), YEAR, farmers, AccessScope.everything());
        support.record(new Support(null, household.id(), SupportKind.HOUSING, null, null, new BigDecimal("20000000"),
                LocalDate.of(2099, 3, 1), null, null), AccessScope.everything());
        support.record(new Support(null, household.id(), SupportKind.ANIMAL_FEED, null, null, new BigDecimal("500000"),
                LocalDate.of(2099, 4, 1), farmers, null), AccessScope.everything());
        String farmersName = partners.byId(farmers).orElseThrow().name();

        assertThat(page("/registry/households/" + household.id())).contains(YEAR + ": " + farmersName,
                "01/03/2099: nhà ở, 20.000.000 đ</span>", "do UBND xã hỗ trợ", "do " + farmersName + " hỗ trợ");
    }

    @Test
    void aSupportEntryIsCorrectedDeletedAndRestoredOnItsPages() throws Exception {
        Support entry = support.record(new Support(null, household.id(), SupportKind.HOUSING, null, null,
                new BigDecimal("20000000"), LocalDate.of(2099, 3, 1), null, null), AccessScope.everything());

        String refused = mvc.perform(post("/registry/support/" + entry.id()).with(csrf()).param("kind", "HOUSING")
                        .param("value", "-5").param("date", "2099-03-02").param("note", "Sửa mái nhà"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"value-problem\"", "không được âm", "value=\"Sửa mái nhà\"");
        assertThat(page("/registry/support/" + entry.id() + "/edit")).contains("value=\"20.000.000\"");
        mvc.perform(post("/registry/support/" + entry.id()).with(csrf()).param("kind", "HOUSING")
                .param("value", "25.000.000").param("date", "2099-03-02")).andExpect(status().is3xxRedirection());
        assertThat(page("/registry/households/" + household.id())).contains("02/03/2099: nhà ở, 25.000.000 đ");

        mvc.perform(post("/registry/support/" + entry.id() + "/delete").with(csrf()).param("household", "" + household.id())).andExpect(status().is3xxRedirection());
        String page = page("/registry/households/" + household.id());
        assertThat(page.substring(0, page.indexOf("Đã xóa</h3>"))).doesNotContain("25.000.000 đ");
        assertThat(page).contains("Khôi phục", "quantri-test xóa lúc");

        mvc.perform(post("/admin/support/" + entry.id() + "/restore").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/registry/households/" + household.id())).contains("25.000.000 đ").doesNotContain("Đã xóa</h3>");
    }

    @Test
    void aSupportEntryRefusedOnTheHouseholdsPageIsShownBesideItsFieldWithWhatWasTyped() throws Exception {
        String refused = mvc.perform(post("/registry/households/" + household.id() + "/support").with(csrf())
                        .param("value", "1,2,3").param("date", "31/06/2099").param("note", "Bò giống"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("id=\"kind-problem\"", "id=\"value-problem\"", "id=\"date-problem\"",
                "value=\"1,2,3\"", "value=\"Bò giống\"");
        assertThat(support.of(household.id(), AccessScope.everything())).isEmpty();
    }

    private MockHttpServletRequestBuilder correction(int version) {
        return correction(version, camAn, "Nguyễn Văn Hùng");
    }

    private MockHttpServletRequestBuilder correction(int version, long unit, String head) {
        return post("/registry/households/" + household.id()).with(csrf()).param("version", "" + version)
                .param("unitId", "" + unit).param("code", household.code()).param("village", "Thôn Cam Phú 3")
                .param("address", "Số 5, thôn Cam Phú 3").param("ethnicity", "Vân Kiều").param("area", "RURAL")
                .param("members[0].fullName", head).param("members[0].sex", "M")
                .param("members[0].birthDate", "1968-03-12").param("members[0].relation", "Chủ hộ")
                .param("members[0].citizenId", "045068001234");
    }

    /** As an administrator who has said why they look, so personal data is shown in full (PersonalDataViews). */
    private String page(String url) throws Exception {
        return mvc.perform(get(url).sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.POVERTY_REVIEW))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
