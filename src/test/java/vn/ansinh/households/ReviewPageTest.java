package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
        assertThat(page("/registry/reviews" + query)).contains("<td>thoát nghèo, 20/11/2080</td>");

        mvc.perform(post("/registry/reviews/" + round + "/close").with(csrf()).param("unit", String.valueOf(camThanh))
                .param("year", String.valueOf(YEAR)).param("decision", "QĐ 88/QĐ-UBND"));
        assertThat(page("/registry/reviews" + query)).contains("Đợt rà soát đã kết thúc ngày", "QĐ 88/QĐ-UBND")
                .doesNotContain("name=\"outcome\"");
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

    private long reviewsOf(long unit) {
        return reviews.rounds(java.util.List.of(unit), AccessScope.everything()).stream()
                .filter(r -> r.year() == YEAR).findFirst().orElseThrow().id();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }
}
