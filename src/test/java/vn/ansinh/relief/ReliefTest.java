package vn.ansinh.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * Emergency relief in two communes of a province of the tests' own (Xã Thử Cứu An, Xã Thử Cứu Bình), beside a third
 * the events do not hit: a storm that hit both, its households with their damage, the relief given and the totals as
 * computed; what is refused, with nothing written; the API; and a commune officer of An seeing and entering An only.
 * Each test uses a year of its own, so the figures of one are not another's.
 */
@IntegrationTest
class ReliefTest {

    static final String OFFICER = "canbo.cuutro.an";

    @Autowired
    MockMvc mvc;
    @Autowired
    Relief relief;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long an;
    long binh;
    long other;

    @BeforeEach
    void communes() {
        AdministrativeUnit province = unit(null, UnitKind.PROVINCE, "CTRO", "Tỉnh Thử Cứu Trợ");
        an = unit(province.id(), UnitKind.COMMUNE, "CTRO.AN", "Thử Cứu An").id();
        binh = unit(province.id(), UnitKind.COMMUNE, "CTRO.BINH", "Thử Cứu Bình").id();
        other = unit(province.id(), UnitKind.COMMUNE, "CTRO.KHAC", "Thử Cứu Khác").id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, an)));
    }

    @Test
    void aStormWithItsHouseholdsAndReliefComesToItsTotals() throws Exception {
        long registered = registered("CT-2021");
        assertThat(createEvent("STORM", "Bão số 4", "05/09/2021", an, binh).getResponse().getStatus()).isEqualTo(302);
        long event = onlyEvent(2021);
        assertThat(addHousehold(event, an, "Lê Văn Một", "Thôn 1", "ct-2021", "HOUSE_COLLAPSED", "", "50.000.000")
                .getResponse().getStatus()).isEqualTo(302);
        addHousehold(event, an, "Trần Thị Hai", "Thôn 2", "", "DEAD_OR_MISSING", "1", "");
        addHousehold(event, binh, "Hồ Văn Ba", "Thôn Bình", "", "CROPS_LOST", "", "");
        long mot = affected(event, "Lê Văn Một");
        assertThat(give(event, mot, "UBND xã", "2021-09-07", "20", "1.000.000", "").getResponse().getStatus())
                .isEqualTo(302);
        give(event, mot, "Hội Chữ thập đỏ", "10/09/2021", "12,5", "", "Chăn màn");
        give(event, affected(event, "Hồ Văn Ba"), "UBND xã", "08/09/2021", "", "500.000", "");

        ReliefTotals both = relief.totals(List.of(an, binh), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        ReliefTotals ofAn = relief.totals(List.of(an), LocalDate.of(2021, 9, 5), LocalDate.of(2021, 9, 5));

        assertThat(both).isEqualTo(new ReliefTotals(1, 3, 2, new BigDecimal("32.5"), new BigDecimal("1500000")));
        assertThat(ofAn).isEqualTo(new ReliefTotals(1, 2, 1, new BigDecimal("32.5"), new BigDecimal("1000000")));
        assertThat(relief.totals(List.of(an), LocalDate.of(2021, 9, 6), LocalDate.of(2021, 12, 31)).events()).isZero();
        assertThat(relief.events(List.of(binh), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))).containsExactly(
                new ReliefEventSummary(event, DisasterKind.STORM, "Bão số 4", LocalDate.of(2021, 9, 5), 1, 1,
                        BigDecimal.ZERO, new BigDecimal("500000")));
        assertThat(jdbc.sql("select household_id from relief_household where id = ?").param(mot).query(Long.class)
                .single()).as("linked to the registry by its code").isEqualTo(registered);
        assertThat(audited("relief_event", "select id from relief_event where id = :e", event)).isEqualTo(1);
        assertThat(audited("relief_household", "select id from relief_household where event_id = :e", event)).isEqualTo(3);
        assertThat(audited("relief_given", "select g.id from relief_given g join relief_household h on h.id = "
                + "g.affected_id where h.event_id = :e", event)).isEqualTo(3);
        assertThat(page("/relief/events/" + event + "?unit=" + an)).contains(
                "id=\"relief-event-total\">3 hộ bị ảnh hưởng, 2 hộ đã được trợ giúp; 32,5 kg gạo, 1.500.000 đồng.",
                "2 hộ bị ảnh hưởng, 1 hộ đã được trợ giúp; 32,5 kg gạo, 1.000.000 đồng.",
                "1 hộ bị ảnh hưởng, 1 hộ đã được trợ giúp; 0 kg gạo, 500.000 đồng.",
                "Sập nhà", "50.000.000", "Người chết, mất tích (1)", "10/09/2021 Hội Chữ thập đỏ: 12,5 kg gạo Chăn màn",
                "Chưa được trợ giúp", "id=\"relief-household-form\"", "id=\"relief-given-form\"");
        assertThat(page("/relief?unit=" + an + "&year=2021")).contains("Bão số 4", "<td class=\"num\" data-field=\"rice\">32,5</td>",
                "<td class=\"num\" data-field=\"money\">1.000.000</td>", "id=\"relief-event-form\"");
    }

    @Test
    void wrongValuesAreRefusedBesideTheirFieldsAndNothingIsWritten() throws Exception {
        createEvent("FLOOD", "Lũ tháng 10", "20/10/2022", an, binh);
        long event = onlyEvent(2022);
        addHousehold(event, an, "Lê Văn Năm", "Thôn 1", "", "HOUSE_DAMAGED", "", "");
        long nam = affected(event, "Lê Văn Năm");
        registered("CT-2022");
        long before = rows();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        MvcResult future = createEvent("FLOOD", "Lũ sắp tới", tomorrow, an);
        MvcResult unreal = createEvent("FLOOD", "Lũ", "31/06/2022", an);
        MvcResult empty = mvc.perform(post("/relief/events").with(csrf()).param("unit", "" + an))
                .andReturn();
        MvcResult nothing = give(event, nam, "UBND xã", "21/10/2022", "", "", " ");
        MvcResult early = give(event, nam, "UBND xã", "19/10/2022", "10", "", "");
        MvcResult notHit = addHousehold(event, other, "Hồ Văn Khác", "Thôn 9", "", "OTHER", "", "");
        MvcResult otherCommunes = addHousehold(event, binh, "Hồ Văn Bình", "Thôn 3", "CT-2022", "OTHER", "", "");
        MvcResult noPeople = addHousehold(event, an, "Hồ Văn Sáu", "Thôn 3", "", "DEAD_OR_MISSING", "", "");

        assertThat(List.of(future, unreal, empty, nothing, early, notHit, otherCommunes, noPeople))
                .allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(422));
        assertThat(text(future)).contains("id=\"struckOn-problem\">Ngày " + tomorrow.substring(8) + "/"
                + tomorrow.substring(5, 7) + "/" + tomorrow.substring(0, 4) + " chưa tới.", "value=\"Lũ sắp tới\"");
        assertThat(text(unreal)).contains("id=\"struckOn-problem\">31/06/2022 không phải là ngày có thật");
        assertThat(text(empty)).contains("id=\"struckOn-problem\">Cần nhập mục này.", "id=\"name-problem\">",
                "id=\"unitIds-problem\">Cần nhập mục này.", "id=\"relief-event-form\"");
        assertThat(text(nothing)).contains("id=\"riceKg-problem\">Cần ghi ít nhất một trong gạo, tiền hoặc hàng hóa.");
        assertThat(text(early)).contains("id=\"givenOn-problem\">Ngày trợ giúp phải từ ngày xảy ra sự kiện 20/10/2022");
        assertThat(text(notHit)).contains("id=\"unitId-problem\">Sự kiện không xảy ra ở xã này");
        assertThat(text(otherCommunes)).contains("id=\"householdCode-problem\">Sổ hộ của xã không có hộ mã «CT-2022»",
                "value=\"Hồ Văn Bình\"");
        assertThat(text(noPeople)).contains("id=\"people-problem\">Cần nhập mục này.");
        assertThat(rows()).as("nothing written").isEqualTo(before);
    }

    @Test
    void theApiAnswersRecordsWithTheirTotals() throws Exception {
        createEvent("HUNGER_BEFORE_HARVEST", "Giáp hạt 2023", "01/03/2023", an);
        long event = onlyEvent(2023);
        addHousehold(event, an, "Lê Thị Bảy", "Thôn 1", "", "CROPS_LOST", "", "3.000.000");
        give(event, affected(event, "Lê Thị Bảy"), "UBND xã", "05/03/2023", "30", "", "");

        String list = mvc.perform(get("/api/v1/relief/events").param("unit", "" + an).param("year", "2023")).andReturn()
                .getResponse().getContentAsString();
        String one = mvc.perform(get("/api/v1/relief/events/" + event)).andReturn().getResponse().getContentAsString();
        var missing = mvc.perform(get("/api/v1/relief/events/999999999")).andReturn().getResponse();

        assertThat(JsonPath.<List<Object>>read(list, "$[*].name")).containsExactly("Giáp hạt 2023");
        assertThat(JsonPath.<String>read(list, "$[0].kind")).isEqualTo("HUNGER_BEFORE_HARVEST");
        assertThat(JsonPath.<String>read(list, "$[0].struckOn")).isEqualTo("2023-03-01");
        assertThat(JsonPath.<Integer>read(list, "$[0].householdsRelieved")).isEqualTo(1);
        assertThat(JsonPath.<Number>read(list, "$[0].riceKg").intValue()).isEqualTo(30);
        assertThat(JsonPath.<Integer>read(one, "$.totals.householdsAffected")).isEqualTo(1);
        assertThat(JsonPath.<Number>read(one, "$.communes[0].households[0].estimatedValue").longValue()).isEqualTo(3_000_000);
        assertThat(JsonPath.<String>read(one, "$.communes[0].households[0].relief[0].giver")).isEqualTo("UBND xã");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aCommuneOfficerSeesAndEntersTheirCommuneOnly() throws Exception {
        createEvent("FIRE", "Cháy rừng", "10/05/2020", an, binh);
        long both = onlyEvent(2020);
        addHousehold(both, an, "Lê Văn An", "Thôn 1", "", "HOUSE_COLLAPSED", "", "");
        addHousehold(both, binh, "Lê Văn Bình", "Thôn 2", "", "HOUSE_COLLAPSED", "", "");
        createEvent("DROUGHT", "Hạn hán", "10/06/2020", binh);
        long ofBinh = relief.events(List.of(binh), LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)).get(0).id();
        long before = rows();

        String seen = officer(get("/relief/events/" + both)).getResponse().getContentAsString();
        String asBinh = officer(get("/relief/events/" + both).param("unit", "" + binh)).getResponse().getContentAsString();
        MvcResult eventOfBinh = officer(post("/relief/events").with(csrf()).param("kind", "OTHER").param("name", "Lốc")
                .param("struckOn", "01/07/2020").param("unitIds", "" + an, "" + binh));
        MvcResult householdOfBinh = officer(post("/relief/events/" + both + "/households").with(csrf())
                .param("unitId", "" + binh).param("headName", "X").param("village", "Y").param("damage", "OTHER"));
        MvcResult reliefOfBinh = officer(post("/relief/events/" + both + "/relief").with(csrf())
                .param("affectedId", "" + affected(both, "Lê Văn Bình")).param("giver", "UBND xã")
                .param("givenOn", "11/05/2020").param("money", "100.000"));

        assertThat(seen).contains("Lê Văn An", "id=\"relief-event-total\">1 hộ bị ảnh hưởng", "id=\"relief-household-form\"")
                .doesNotContain("Lê Văn Bình");
        assertThat(asBinh).as("no form where the endpoint would refuse").doesNotContain("id=\"relief-household-form\"");
        assertThat(officer(get("/relief/events/" + ofBinh)).getResponse().getStatus()).isEqualTo(404);
        assertThat(officer(get("/api/v1/relief/events").param("unit", "" + binh)).getResponse().getStatus()).isEqualTo(404);
        assertThat(officer(get("/relief").param("unit", "" + binh).param("year", "2020")).getResponse()
                .getContentAsString()).doesNotContain("Hạn hán", "id=\"relief-event-form\"");
        assertThat(List.of(eventOfBinh, householdOfBinh, reliefOfBinh))
                .allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(422));
        assertThat(text(eventOfBinh)).contains("id=\"unitIds-problem\">Bạn không được nhập số liệu của xã này.");
        assertThat(text(reliefOfBinh)).contains("id=\"affectedId-problem\">");
        assertThat(rows()).as("nothing written").isEqualTo(before);
    }

    private MvcResult officer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn();
    }

    private AdministrativeUnit unit(Long parent, UnitKind kind, String code, String name) {
        return units.byCode(code).orElseGet(() -> units.add(AdministrativeUnit.create(parent, kind, code, name)));
    }

    /** A household of An's registry bearing the code, registered once. */
    private long registered(String code) {
        return jdbc.sql("select id from household where code = :code and unit_id = :unit").param("code", code)
                .param("unit", an).query(Long.class).optional().orElseGet(() -> registry.register(new Household(null, an,
                        code, "Thôn 1", "Lê Văn Một", null, null, null, Area.RURAL, List.of(new Member("Lê Văn Một",
                                Sex.M, null, "Chủ hộ", null, false, false, null, null))), AccessScope.everything()).id());
    }

    private long onlyEvent(int year) {
        List<ReliefEventSummary> events = relief.events(List.of(an, binh), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        assertThat(events).hasSize(1);
        return events.get(0).id();
    }

    private long affected(long event, String head) {
        return jdbc.sql("select id from relief_household where event_id = :e and head_name = :h").param("e", event)
                .param("h", head).query(Long.class).single();
    }

    /** How many audit entries of the kind name the rows the query selects. */
    private long audited(String entityType, String rows, long event) {
        return jdbc.sql("select count(*) from audit_event where entity_type = :type and entity_id in (select cast(id as "
                + "varchar(20)) from (" + rows + ") r)").param("type", entityType).param("e", event).query(Long.class)
                .single();
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from relief_event) + (select count(*) from relief_household) "
                + "+ (select count(*) from relief_given) + (select count(*) from audit_event)").query(Long.class).single();
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    private static String text(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private MvcResult createEvent(String kind, String name, String struckOn, Long... communes) throws Exception {
        return mvc.perform(post("/relief/events").with(csrf()).param("kind", kind).param("name", name)
                .param("struckOn", struckOn).param("unitIds", java.util.Arrays.stream(communes).map(String::valueOf)
                        .toArray(String[]::new))).andReturn();
    }

    private MvcResult addHousehold(long event, long unit, String head, String village, String code, String damage,
            String people, String value) throws Exception {
        return mvc.perform(post("/relief/events/" + event + "/households").with(csrf()).param("unitId", "" + unit)
                .param("headName", head).param("village", village).param("householdCode", code).param("damage", damage)
                .param("people", people).param("estimatedValue", value)).andReturn();
    }

    private MvcResult give(long event, long affected, String giver, String on, String rice, String money, String goods)
            throws Exception {
        return mvc.perform(post("/relief/events/" + event + "/relief").with(csrf()).param("affectedId", "" + affected)
                .param("giver", giver).param("givenOn", on).param("riceKg", rice).param("money", money)
                .param("goods", goods)).andReturn();
    }
}
