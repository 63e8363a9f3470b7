package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * «Rà soát hộ nghèo» in the browser's forms: open the round, record an outcome (next year's status
 * follows), see a refusal said in Vietnamese, close the round; and a support entry on a household's page.
 */
@IntegrationTest
class ReviewPageTest {

    private static final int YEAR = 2080;

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    SupportLog support;
    @Autowired
    Units units;
    @Autowired
    Reviews reviews;

    @Test
    void aReviewIsOpenedRecordedAndClosedOnItsPage() throws Exception {
        long camThanh = units.byCode("QT.CL.THANHX").orElseThrow().id();
        Household household = registry.register(HouseholdRegistryTest.household(camThanh, null), AccessScope.everything());
        registry.setStatus(household.id(), new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CAN_EXIT, null, null),
                AccessScope.everything());
        String query = "?unit=" + camThanh + "&year=" + YEAR;

        assertThat(page("/registry/reviews" + query)).contains("Xã chưa mở đợt rà soát năm này.");
        mvc.perform(post("/registry/reviews").with(csrf()).param("unit", String.valueOf(camThanh))
                .param("year", String.valueOf(YEAR)));
        long round = reviewsOf(camThanh);

        assertThat(mvc.perform(outcome(round, camThanh, household.id(), "STAYS_POOR")).andReturn().getFlashMap()
                .get("refusal")).isNull();
        assertThat(page("/registry/reviews" + query)).contains("Đợt rà soát mở ngày", household.code());

        String refused = mvc.perform(outcome(round, camThanh, household.id(), "NEW_POOR")).andReturn()
                .getFlashMap().get("refusal").toString();
        assertThat(refused).isEqualTo("hộ " + household.code() + " đang là hộ nghèo năm 2080");

        mvc.perform(outcome(round, camThanh, household.id(), "EXITS_POVERTY").param("after", "MEDIUM"));
        assertThat(registry.history(household.id(), AccessScope.everything())).extracting(HouseholdStatus::classification)
                .containsExactly(Classification.POOR, Classification.MEDIUM);
        assertThat(page("/registry/reviews" + query)).contains("outcome\">thoát nghèo, 20/11/2080<");

        mvc.perform(post("/registry/reviews/" + round + "/close").with(csrf()).param("unit", String.valueOf(camThanh))
                .param("year", String.valueOf(YEAR)).param("decision", "QĐ 88/QĐ-UBND"));
        assertThat(page("/registry/reviews" + query)).contains("Đợt rà soát đã kết thúc ngày", "QĐ 88/QĐ-UBND")
                .doesNotContain("name=\"outcome\"");
    }

    @Test
    void aPageOfOutcomesIsSavedTogetherOrNotAtAllAndARefusalKeepsWhatWasChosen() throws Exception {
        int year = 2081;
        long camThanh = units.byCode("QT.CL.THANHX").orElseThrow().id();
        Household poor = registered(camThanh, new HouseholdStatus(year, Classification.POOR, PoorCategory.CAN_EXIT, null, null));
        Household notPoor = registered(camThanh, new HouseholdStatus(year, Classification.NOT_POOR, null, null, null));
        Household untouched = registered(camThanh, new HouseholdStatus(year, Classification.NOT_POOR, null, null, null));
        long round = reviews.open(camThanh, year, AccessScope.everything()).id();
        String query = "?unit=" + camThanh + "&year=" + year;
        assertThat(page("/registry/reviews" + query + "&status=NOT_POOR"))
                .contains("<option value=\"\">— chọn kết quả —</option>", "value=\"NEW_POOR\"")
                .doesNotContain("value=\"STAYS_POOR\"", "value=\"RELAPSED\"", "selected=\"selected\">hộ nghèo phát sinh")
                .contains("data-confirm=\"Kết thúc đợt rà soát năm 2081? Đợt sẽ không nhận thêm kết quả nào nữa; còn ");

        MvcResult refused = mvc.perform(batch(round, camThanh, year).param("rows[0].household", id(poor))
                .param("rows[0].outcome", "EXITS_POVERTY").param("rows[0].after", "MEDIUM")
                .param("rows[1].household", id(notPoor)).param("rows[1].outcome", "STAYS_POOR")
                .param("rows[2].household", id(untouched))).andReturn();

        String back = "/registry/reviews" + query + "&status=NOT_POOR&page=1";
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(back);
        assertThat(reviews.outcomes(round, AccessScope.everything())).isEmpty();
        String shown = mvc.perform(get(back).flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Chưa lưu kết quả nào: 1 hộ bị từ chối (" + notPoor.code() + ")",
                notPoor.code() + ": hộ " + notPoor.code() + " không phải hộ nghèo năm 2081");
        String poorRows = mvc.perform(get("/registry/reviews" + query + "&status=POOR").flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(poorRows).contains("<option value=\"EXITS_POVERTY\" selected=\"selected\">",
                "<option value=\"MEDIUM\" selected=\"selected\">", "value=\"QĐ 5/QĐ-UBND\"");

        MvcResult saved = mvc.perform(batch(round, camThanh, year).param("rows[0].household", id(poor))
                .param("rows[0].outcome", "EXITS_POVERTY").param("rows[0].after", "MEDIUM")
                .param("rows[1].household", id(notPoor)).param("rows[1].outcome", "NEW_POOR")
                .param("rows[1].category", "CAN_EXIT").param("rows[2].household", id(untouched))).andReturn();

        assertThat(saved.getFlashMap().get("savedCount")).isEqualTo(2);
        assertThat(reviews.outcomes(round, AccessScope.everything())).extracting(ReviewRecord::householdId)
                .containsExactlyInAnyOrder(poor.id(), notPoor.id());
        assertThat(registry.history(poor.id(), AccessScope.everything())).extracting(HouseholdStatus::classification)
                .containsExactly(Classification.POOR, Classification.MEDIUM);
    }

    @Test
    void supportIsRecordedOnTheHouseholdsPage() throws Exception {
        long camThanh = units.byCode("QT.CL.THANHX").orElseThrow().id();
        Household household = registry.register(HouseholdRegistryTest.household(camThanh, null), AccessScope.everything());

        mvc.perform(post("/registry/households/" + household.id() + "/support").with(csrf()).param("kind", "ANIMAL_FEED")
                .param("quantity", "50").param("quantityUnit", "kg").param("value", "1.250.000").param("date", "2080-03-15")
                .param("note", "Hội Nông dân xã hỗ trợ"));
        String refused = mvc.perform(post("/registry/households/" + household.id() + "/support").with(csrf())
                .param("kind", "HOUSING").param("value", "-5").param("date", "2080-03-16")).andReturn().getResponse()
                .getContentAsString();

        assertThat(refused).contains("id=\"value-problem\">không được âm", "value=\"2080-03-16\"");
        assertThat(support.of(household.id(), AccessScope.everything())).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualByComparingTo("1250000"));
        assertThat(page("/registry/households/" + household.id()))
                .contains("15/03/2080: thức ăn chăn nuôi 50 kg, 1.250.000 đ — Hội Nông dân xã hỗ trợ");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder outcome(long round, long unit,
            long household, String outcome) {
        return post("/registry/reviews/" + round + "/outcomes").with(csrf()).param("unit", String.valueOf(unit))
                .param("year", String.valueOf(YEAR)).param("household", String.valueOf(household)).param("outcome", outcome)
                .param("date", "2080-11-20").param("decision", "QĐ 12/QĐ-UBND").param("category", "CAN_EXIT");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder batch(long round, long unit, int year) {
        return post("/registry/reviews/" + round + "/batch").with(csrf()).param("unit", String.valueOf(unit))
                .param("year", String.valueOf(year)).param("date", year + "-11-20").param("decision", "QĐ 5/QĐ-UBND")
                .param("status", "NOT_POOR").param("page", "1");
    }

    private Household registered(long unit, HouseholdStatus status) {
        return registry.registerWithStatus(HouseholdRegistryTest.household(unit, null), status, AccessScope.everything());
    }

    private static String id(Household household) {
        return String.valueOf(household.id());
    }

    private long reviewsOf(long unit) {
        return reviews.rounds(java.util.List.of(unit), AccessScope.everything()).stream()
                .filter(r -> r.year() == YEAR).findFirst().orElseThrow().id();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }
}
