package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * «Thêm hộ»: a household with its members and its classification of a year entered in one form; every
 * problem shown beside its field with nothing written; a commune officer adds to their commune only.
 */
@IntegrationTest
class HouseholdFormTest {

    /** A year no other test records statuses in. */
    private static final int YEAR = 2089;
    private static final String OFFICER = "canbo.an.hoho";

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.ansinh.programme.Programmes programmes;

    long camAn;

    @BeforeEach
    void setUp() {
        camAn = units.byCode(SeedScopes.CAM_AN).orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
    }

    @Test
    void theFormOffersTheHeadsRowAndMoreRowsOnDemandAndTheHeadsNameOnce() throws Exception {
        mvc.perform(get("/registry/households/new").param("unit", "" + camAn)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"members[0].relation\" id=\"members[0].relation\" "
                        + "type=\"text\" value=\"Chủ hộ\"")))
                .andExpect(content().string(not(containsString("name=\"members[1].fullName\""))))
                .andExpect(content().string(containsString("name=\"members[NEW].fullName\"")))
                .andExpect(content().string(containsString(">Thêm dòng</button>")))
                .andExpect(content().string(containsString("/js/member-rows.js")))
                .andExpect(content().string(not(containsString("name=\"headName\""))))
                .andExpect(content().string(containsString("Thêm hộ vào sổ")));
    }

    @Test
    void aHouseholdIsRegisteredWithItsMembersAndItsClassification() throws Exception {
        long before = registry.counts(Set.of(camAn), YEAR).getOrDefault(camAn, java.util.Map.of())
                .getOrDefault(RegistryMeasure.POOR, 0L);
        String location = mvc.perform(household("CA-FORM-1")
                        .param("members[1].fullName", "Lê Thị Thu").param("members[1].sex", "F")
                        .param("members[1].birthDate", "1982-09-14").param("members[1].relation", "Vợ")
                        .param("members[1].healthInsurance", "true")
                        .param("year", "" + YEAR).param("classification", "POOR").param("category", "CAN_EXIT"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("added", "CA-FORM-1"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Household saved = registry.byId(id, AccessScope.everything()).orElseThrow();
        assertThat(saved.headName()).isEqualTo("Hồ Văn Sỹ");
        assertThat(saved.area()).isEqualTo(Area.RURAL);
        assertThat(saved.members()).extracting(Member::fullName).containsExactly("Hồ Văn Sỹ", "Lê Thị Thu");
        assertThat(saved.members().get(1)).satisfies(m -> {
            assertThat(m.birthDate()).isEqualTo(LocalDate.of(1982, 9, 14));
            assertThat(m.healthInsurance()).isTrue();
            assertThat(m.disability()).isFalse();
        });
        assertThat(registry.history(id, AccessScope.everything())).singleElement().satisfies(s -> {
            assertThat(s.year()).isEqualTo(YEAR);
            assertThat(s.classification()).isEqualTo(Classification.POOR);
            assertThat(s.category()).isEqualTo(PoorCategory.CAN_EXIT);
        });
        assertThat(registry.counts(Set.of(camAn), YEAR).get(camAn).get(RegistryMeasure.POOR)).isEqualTo(before + 1);
        mvc.perform(get(location).flashAttr("added", "CA-FORM-1"))
                .andExpect(content().string(containsString("Đã thêm hộ CA-FORM-1 vào sổ.")));
    }

    @Test
    void everyProblemIsShownBesideItsFieldAndNothingIsWritten() throws Exception {
        RowCounts before = RowCounts.of(jdbc);

        mvc.perform(household("CA-FORM-2", camAn, "")
                        .param("members[1].fullName", "Hồ Thị Lan").param("members[1].sex", "F")
                        .param("members[1].citizenId", "12345").param("members[2].fullName", "Hồ Văn Tý")
                        .param("members[2].sex", "M").param("members[2].birthDate", "31/02/2010")
                        .param("year", "" + YEAR).param("classification", "POOR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Có mục chưa đúng; chưa lưu gì.")))
                .andExpect(content().string(containsString("id=\"members[0].fullName-problem\"")))
                .andExpect(content().string(containsString("«12345» không phải số CCCD")))
                .andExpect(content().string(containsString("31/02/2010 không phải là ngày có thật")))
                .andExpect(content().string(containsString("hộ nghèo cần nhóm")))
                .andExpect(content().string(containsString("value=\"Hồ Thị Lan\"")));

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    @Test
    void aHouseholdNeedsAtLeastItsHead() throws Exception {
        mvc.perform(post("/registry/households").with(csrf()).param("unitId", "" + camAn).param("code", "CA-FORM-3")
                        .param("headName", "Phan Văn Hải").param("area", "RURAL"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("hộ cần ít nhất một thành viên (chủ hộ)")));
    }

    @Test
    @WithMockUser(username = OFFICER, roles = "OFFICER")
    void aCommuneOfficerAddsToTheirCommuneOnlyPreselectedWithTheProgrammesYear() throws Exception {
        long township = units.byCode(SeedScopes.TOWNSHIP).orElseThrow().id();
        // the year of the programme offices work on: the newest published one (next year's draft is not yet theirs)
        int newest = programmes.readable(AccessScope.everything()).stream().filter(vn.ansinh.programme.Programme::published)
                .mapToInt(vn.ansinh.programme.Programme::programmeYear).max().orElseThrow();
        mvc.perform(get("/registry/households/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + camAn + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"year\" type=\"number\" value=\"" + newest + "\"")))
                .andExpect(content().string(not(containsString("<option value=\"" + township + "\""))));
        RowCounts before = RowCounts.of(jdbc);

        mvc.perform(household("TT-FORM-1", township, "Hồ Văn Sỹ")).andExpect(status().isNotFound());

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        mvc.perform(household("CA-FORM-4")).andExpect(status().is3xxRedirection());
    }

    /** A household of Cam An with its head; a test adds or overrides the rest. */
    private MockHttpServletRequestBuilder household(String code) {
        return household(code, camAn, "Hồ Văn Sỹ");
    }

    private MockHttpServletRequestBuilder household(String code, long unit, String headName) {
        return post("/registry/households").with(csrf()).param("unitId", "" + unit).param("code", code)
                .param("village", "Thôn Phú Hậu").param("area", "RURAL")
                .param("members[0].fullName", headName).param("members[0].sex", "M")
                .param("members[0].birthDate", "1979-02-03").param("members[0].relation", "Chủ hộ")
                .param("members[3].fullName", "").param("members[3].relation", "");
    }
}
