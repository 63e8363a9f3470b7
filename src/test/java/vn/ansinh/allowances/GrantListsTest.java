package vn.ansinh.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * Cam Tuyền's register linked to its household registry: a war invalid of household TC-01 named by its code, a martyr's
 * relative (paid January to June 2024) linked to TC-02 by her citizen ID, a person with a severe disability of TC-01
 * (social assistance, not merit). Its own database: the seed's registers stay as they are.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:allowance_lists;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantListsTest {

    static final AccessScope ALL = AccessScope.everything();

    @Autowired
    MockMvc mvc;
    @Autowired
    Grants grants;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    long camTuyen;
    long camNghia;

    @BeforeEach
    void communes() {
        camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        camNghia = units.byCode("QT.CL.NGHIA").orElseThrow().id();
    }

    @Test
    @Order(1)
    void aGrantNamesItsHouseholdByCodeOrByTheCitizenIdOfAMember() throws Exception {
        long tc01 = household("TC-01", "Nguyễn Văn Công", Sex.M, LocalDate.of(1955, 5, 5), "045055001234");
        long tc02 = household("TC-02", "Lê Thị Bảo", Sex.F, LocalDate.of(1980, 2, 2), "045180009876");
        long audited = audited();

        MvcResult invalid = add("WAR_INVALID", "Nguyễn Văn Công", "05/05/1955", "2024-01", "", "045 055 001 234", "tc-01");
        add("MARTYR_RELATIVE", "Lê Thị Bảo", "02/02/1980", "2024-01", "2024-06", "045180009876", "");
        add("SEVERE_DISABILITY", "Trần Thị Cúc", "", "2024-01", "", "", "TC-01");

        assertThat(invalid.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select full_name || ' ' || household_id || ' ' || coalesce(citizen_id, '-') from allowance_grant "
                + "where unit_id = :unit order by id").param("unit", camTuyen).query(String.class).list()).containsExactly(
                        "Nguyễn Văn Công " + tc01 + " 045055001234", "Lê Thị Bảo " + tc02 + " 045180009876",
                        "Trần Thị Cúc " + tc01 + " -");
        assertThat(audited() - audited).as("each grant added is audited").isEqualTo(3);
        assertThat(grants.meritHouseholds(List.of(camTuyen, camNghia), LocalDate.of(2024, 3, 15)))
                .isEqualTo(Map.of(camTuyen, Set.of(tc01, tc02), camNghia, Set.of()));
        assertThat(grants.meritHouseholds(List.of(camTuyen), LocalDate.of(2024, 7, 1)))
                .as("the relative's grant ended in June; the disability grant is social assistance")
                .isEqualTo(Map.of(camTuyen, Set.of(tc01)));
    }

    @Test
    @Order(2)
    void aWrongCitizenIdOrAnUnknownHouseholdIsSaidBesideItsField() throws Exception {
        long before = jdbc.sql("select count(*) from allowance_grant").query(Long.class).single();

        String century = page(add("OTHER_MERIT", "Hồ Văn Dũng", "01/01/1955", "2024-01", "", "045455001234", "KHONG-CO"));
        String province = page(add("OTHER_MERIT", "Hồ Văn Dũng", "", "2024-01", "", "999055001234", ""));
        String year = page(add("OTHER_MERIT", "Hồ Văn Dũng", "01/01/1956", "2024-01", "", "045055001234", ""));
        String digits = page(add("OTHER_MERIT", "Hồ Văn Dũng", "", "2024-01", "", "04505500123", ""));

        assertThat(century).contains("id=\"citizenId-problem\">«045455001234»: chữ số thứ tư",
                "id=\"householdCode-problem\">Không có hộ mã «KHONG-CO» trong sổ hộ của xã.", "value=\"KHONG-CO\"");
        assertThat(province).contains("«999055001234»: ba chữ số đầu không phải mã tỉnh");
        assertThat(year).contains("«045055001234»: năm sinh trong số CCCD khác năm của ngày sinh.");
        assertThat(digits).contains("«04505500123» không phải số CCCD (12 chữ số).");
        assertThat(jdbc.sql("select count(*) from allowance_grant").query(Long.class).single()).isEqualTo(before);
    }

    /** A citizen ID is personal data: masked until the user says why, and the view with it logged. */
    @Test
    @Order(3)
    void theCitizenIdIsMaskedUntilAPurposeIsSaid() throws Exception {
        String masked = mvc.perform(get("/allowances").param("unit", "" + camTuyen).param("month", "2024-03")).andReturn()
                .getResponse().getContentAsString();
        String shown = mvc.perform(get("/allowances").param("unit", "" + camTuyen).param("month", "2024-03")
                .sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andReturn().getResponse()
                .getContentAsString();

        assertThat(masked).contains("********1234", "********9876").doesNotContain("045055001234");
        assertThat(shown).contains(">045055001234<", ">045180009876<", "/registry/households/");
        assertThat(jdbc.sql("select citizen_ids from personal_data_access order by id desc").query(String.class).list()
                .get(0)).contains("045055001234", "045180009876");
        assertThat(grants.register(camTuyen, java.time.YearMonth.of(2024, 3), ALL.withoutPersonalData()).lines())
                .extracting(l -> l.grant().citizenId()).containsExactlyInAnyOrder("********1234", "********9876", null);
    }

    long household(String code, String head, Sex sex, LocalDate born, String citizenId) {
        return registry.register(new Household(null, camTuyen, code, "Thôn Tân Mỹ", head, null, "Kinh", null, Area.RURAL,
                List.of(new Member(head, sex, born, "Chủ hộ", citizenId, false, true, null, null))), ALL).id();
    }

    long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'allowance_grant'").query(Long.class).single();
    }

    static String page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    MvcResult add(String group, String name, String born, String first, String last, String citizenId, String household)
            throws Exception {
        return mvc.perform(post("/allowances").with(csrf()).param("unitId", "" + camTuyen).param("group", group)
                .param("fullName", name).param("birthDate", born).param("decision", "QĐ 45/QĐ-UBND")
                .param("coefficient", "1").param("firstMonth", first).param("lastMonth", last)
                .param("citizenId", citizenId).param("householdCode", household)).andReturn();
    }
}
