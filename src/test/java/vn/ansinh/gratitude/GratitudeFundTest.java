package vn.ansinh.gratitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Dates;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * The gratitude fund of Xã Ân Nghĩa (a commune of a test province, so the seed is untouched) in 2025: the veterans'
 * association gives 5.000.000 đ in July and a trader 2.500.000 đ in December (and 1.000.000 đ in January 2026, another
 * year); a house built for 60.000.000 đ handed over on 20/07/2025 and one repaired for 25.500.000 đ on 15/01/2025;
 * gifts on 27/7 to 35 people (17.500.000 đ) and at Tết to 40 (12.000.000 đ). Xã Thử Lòng's officer may neither read
 * nor enter it.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GratitudeFundTest {

    static final String OFFICER = "canbo.gr.thulong";

    @Autowired
    MockMvc mvc;
    @Autowired
    GratitudeFund fund;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    HouseholdRegistry households;

    long anNghia;
    long thuLong;
    long veterans;

    @BeforeEach
    void communes() {
        anNghia = commune("TEST.GR.AN", "Ân Nghĩa");
        thuLong = commune("TEST.GR.TL", "Thử Lòng");
        veterans = partners.byCode("TEST.GR.AN.CCB").map(PartnerOrganisation::id).orElseGet(() -> partners.add(
                PartnerOrganisation.create(anNghia, null, OrganisationKind.VETERANS_ASSOCIATION, "TEST.GR.AN.CCB",
                        "Hội Cựu chiến binh xã Ân Nghĩa", "Hội CCB")).id());
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, thuLong)));
    }

    @Test
    @Order(1)
    void eachKindEnteredOnThePageIsListedWithItsTotals() throws Exception {
        assertThat(contribution("" + veterans, "", "2025-07", "5.000.000").getResponse().getStatus()).isEqualTo(302);
        contribution("", "Bà Nguyễn Thị Thương (tiểu thương)", "12/2025", "2.500.000");
        contribution("", "Ông Lê Văn Nghĩa", "01/2026", "1.000.000");
        MvcResult built = house("BUILT", "Hồ Văn Công", "20/07/2025", "60.000.000");
        house("REPAIRED", "Trần Thị Mẹ", "2025-01-15", "25.500.000");
        gift("WAR_INVALIDS_DAY", "27/07/2025", "35", "17.500.000");
        gift("TET", "20/01/2025", "40", "12.000.000");

        assertThat(built.getResponse().getRedirectedUrl()).isEqualTo("/gratitude?unit=" + anNghia + "&year=2025#houses");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/gratitude").param("unit", "" + anNghia)
                .param("year", "2025")).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("id=\"contributions-total\">7.500.000<", "id=\"houses-total\">85.500.000<",
                "id=\"gifts-total\">29.500.000<", "id=\"gift-recipients-total\">75<",
                "Nhà tình nghĩa: 1 nhà xây mới, 1 nhà sửa chữa; kinh phí 85.500.000 đồng.",
                "Hội Cựu chiến binh xã Ân Nghĩa", "Bà Nguyễn Thị Thương (tiểu thương)", "20/07/2025",
                "Ngày Thương binh – Liệt sĩ 27/7", "id=\"contribution-form\"", "id=\"house-form\"", "id=\"gift-form\"")
                .doesNotContain("Ông Lê Văn Nghĩa");
    }

    @Test
    @Order(2)
    void totalsOverUnitsAndDaysCountOnlyWhatFallsWithin() {
        GratitudeTotals year = fund.totals(List.of(anNghia, thuLong), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        GratitudeTotals summer = fund.totals(List.of(anNghia), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));

        assertThat(year).isEqualTo(new GratitudeTotals(1, 1, new java.math.BigDecimal("85500000"),
                new java.math.BigDecimal("7500000"), 75, new java.math.BigDecimal("29500000")));
        assertThat(summer.housesBuilt()).isEqualTo(1);
        assertThat(summer.housesRepaired()).isZero();
        assertThat(summer.contributions()).as("July's 5.000.000 only").isEqualByComparingTo("5000000");
        assertThat(summer.gifts()).isEqualByComparingTo("17500000");
        assertThat(summer.giftRecipients()).isEqualTo(35);
        assertThat(fund.totals(List.of(thuLong), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).houseCost())
                .isEqualByComparingTo("0");
        assertThat(fund.houses(List.of(anNghia), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .extracting(GratitudeHouse::headName, GratitudeHouse::kind, GratitudeHouse::handedOverOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Trần Thị Mẹ", HouseKind.REPAIRED, LocalDate.of(2025, 1, 15)),
                        org.assertj.core.groups.Tuple.tuple("Hồ Văn Công", HouseKind.BUILT, LocalDate.of(2025, 7, 20)));
    }

    @Test
    @Order(3)
    void wrongValuesAreSaidBesideTheirFieldsAndNothingIsWritten() throws Exception {
        Map<String, Long> before = counts();
        String tomorrow = Dates.shown(LocalDate.now(clock).plusDays(1));

        MvcResult zero = contribution("", "", "13/2025", "0");
        MvcResult impossible = house("", "", "31/06/2025", "60.000.000,5");
        MvcResult future = gift("TET", tomorrow, "0", "");

        assertThat(List.of(zero, impossible, future)).allMatch(r -> r.getResponse().getStatus() == 422);
        assertThat(HtmlUtils.htmlUnescape(zero.getResponse().getContentAsString())).contains(
                "id=\"amount-problem\">«0» không phải là số tiền hợp lệ", "id=\"month-problem\">«13/2025» không phải là một tháng",
                "id=\"contributor-problem\">Chọn tổ chức của xã hoặc ghi tên", "value=\"13/2025\"");
        assertThat(HtmlUtils.htmlUnescape(impossible.getResponse().getContentAsString())).contains(
                "id=\"handedOverOn-problem\">31/06/2025 không phải là ngày có thật", "id=\"kind-problem\"",
                "id=\"headName-problem\"", "id=\"cost-problem\">«60.000.000,5» không phải là số tiền hợp lệ",
                "value=\"31/06/2025\"");
        assertThat(HtmlUtils.htmlUnescape(future.getResponse().getContentAsString())).contains(
                "id=\"givenOn-problem\">Ngày " + tomorrow + " chưa đến.", "id=\"recipients-problem\"",
                "id=\"giftAmount-problem\">Cần nhập mục này.", "value=\"" + tomorrow + "\"");
        assertThat(counts()).as("nothing written").isEqualTo(before);
    }

    @Test
    @Order(4)
    void anotherCommunesOfficerNeitherReadsNorEntersTheFund() throws Exception {
        Map<String, Long> before = counts();

        MvcResult refused = mvc.perform(post("/gratitude/gifts").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER"))
                .param("unitId", "" + anNghia).param("occasion", "TET").param("givenOn", "20/01/2025")
                .param("recipients", "3").param("giftAmount", "1.500.000").param("giver", "Kẻ lạ")).andReturn();
        String page = mvc.perform(get("/gratitude").param("unit", "" + anNghia).param("year", "2025")
                .with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse().getContentAsString();
        String own = mvc.perform(get("/gratitude").with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn()
                .getResponse().getContentAsString();
        var api = mvc.perform(get("/api/v1/gratitude").param("unit", "" + anNghia).param("year", "2025")
                .with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString()))
                .contains("id=\"unitId-problem\">Bạn không được nhập Quỹ Đền ơn đáp nghĩa của đơn vị này.");
        assertThat(counts()).isEqualTo(before);
        assertThat(page).doesNotContain("Hồ Văn Công", "id=\"gift-form\"");
        assertThat(own).as("their one commune, chosen for them, with its forms").contains("id=\"gift-form\"",
                "value=\"" + thuLong + "\"");
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(fund.year(anNghia, 2025, AccessScope.nothing())).isEmpty();
    }

    @Test
    @Order(5)
    void theApiAnswersTheYearWithItsTotals() throws Exception {
        JsonNode year = json.readTree(mvc.perform(get("/api/v1/gratitude").param("unit", "" + anNghia).param("year", "2025"))
                .andReturn().getResponse().getContentAsString());

        assertThat(year.get("year").asInt()).isEqualTo(2025);
        assertThat(year.get("contributions")).hasSize(2);
        assertThat(year.get("contributions").get(0).get("month").asString()).isEqualTo("2025-07");
        assertThat(year.get("contributions").get(0).get("organisationId").asLong()).isEqualTo(veterans);
        assertThat(year.get("houses").get(1).get("cost").decimalValue()).isEqualByComparingTo("60000000");
        assertThat(year.get("houses").get(1).get("handedOverOn").asString()).isEqualTo("2025-07-20");
        assertThat(year.get("gifts").get(0).get("occasion").asString()).isEqualTo("TET");
        assertThat(year.get("totals").get("houseCost").decimalValue()).isEqualByComparingTo("85500000");
        assertThat(year.get("totals").get("contributions").decimalValue()).isEqualByComparingTo("7500000");
        assertThat(year.get("totals").get("giftRecipients").asInt()).isEqualTo(75);
    }

    @Test
    @Order(6)
    void everyEntryIsAudited() {
        assertThat(jdbc.sql("select entity_type, count(*) from audit_event where entity_type like 'gratitude_%' "
                + "and unit_id = :unit group by entity_type order by entity_type").param("unit", anNghia)
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).list())
                .containsExactly("gratitude_contribution 3", "gratitude_gift 2", "gratitude_house 2");
    }

    /** A house may name the household of the register it was built for, by its code; a code not there is refused. */
    @Test
    @Order(7)
    void aHouseNamesItsHouseholdOfTheRegisterByCode() throws Exception {
        long household = households.register(new Household(null, anNghia, "GR-01", "Thôn Đông", "Phan Văn Hiếu", null,
                null, null, Area.RURAL, List.of(new Member("Phan Văn Hiếu", Sex.M, null, "Chủ hộ", null, false, false,
                        null, null))), AccessScope.everything()).id();

        MvcResult linked = mvc.perform(post("/gratitude/houses").with(csrf()).param("unitId", "" + anNghia)
                .param("kind", "REPAIRED").param("headName", "Phan Văn Hiếu").param("village", "Thôn Đông")
                .param("householdCode", "gr-01").param("cost", "30.000.000").param("source", "Hội CCB")
                .param("handedOverOn", "02/09/2025")).andReturn();
        MvcResult unknown = mvc.perform(post("/gratitude/houses").with(csrf()).param("unitId", "" + anNghia)
                .param("kind", "BUILT").param("headName", "Phan Văn Hiếu").param("village", "Thôn Đông")
                .param("householdCode", "GR-99").param("cost", "30.000.000").param("source", "Hội CCB")
                .param("handedOverOn", "02/09/2025")).andReturn();

        assertThat(linked.getResponse().getStatus()).isEqualTo(302);
        assertThat(fund.houses(List.of(anNghia), LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 2)))
                .extracting(GratitudeHouse::householdId, GratitudeHouse::cost).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(household, new java.math.BigDecimal("30000000")));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(unknown.getResponse().getContentAsString()))
                .contains("id=\"householdCode-problem\">Không có hộ mã «GR-99» trong sổ hộ của xã.", "value=\"GR-99\"");
    }

    private long commune(String code, String name) {
        return units.byCode(code).map(AdministrativeUnit::id).orElseGet(() -> {
            long province = units.byCode("TEST.GR").map(AdministrativeUnit::id).orElseGet(() -> units.add(
                    new AdministrativeUnit(null, null, UnitKind.PROVINCE, "TEST.GR", "Thử Ân", LocalDate.of(2025, 7, 1),
                            null, null)).id());
            return units.add(new AdministrativeUnit(null, province, UnitKind.COMMUNE, code, name,
                    LocalDate.of(2025, 7, 1), null, null)).id();
        });
    }

    private Map<String, Long> counts() {
        return Map.of("contribution", count("gratitude_contribution"), "house", count("gratitude_house"),
                "gift", count("gratitude_gift"), "audit", count("audit_event"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private MvcResult contribution(String organisation, String contributor, String month, String amount) throws Exception {
        return mvc.perform(post("/gratitude/contributions").with(csrf()).param("unitId", "" + anNghia)
                .param("organisationId", organisation).param("contributor", contributor).param("month", month)
                .param("amount", amount)).andReturn();
    }

    private MvcResult house(String kind, String head, String day, String cost) throws Exception {
        return mvc.perform(post("/gratitude/houses").with(csrf()).param("unitId", "" + anNghia).param("kind", kind)
                .param("headName", head).param("village", "Thôn Đông").param("householdCode", "")
                .param("cost", cost).param("source", "Quỹ Đền ơn đáp nghĩa huyện").param("handedOverOn", day)).andReturn();
    }

    private MvcResult gift(String occasion, String day, String recipients, String amount) throws Exception {
        return mvc.perform(post("/gratitude/gifts").with(csrf()).param("unitId", "" + anNghia).param("occasion", occasion)
                .param("givenOn", day).param("recipients", recipients).param("giftAmount", amount)
                .param("giver", "UBND xã Ân Nghĩa")).andReturn();
    }
}
