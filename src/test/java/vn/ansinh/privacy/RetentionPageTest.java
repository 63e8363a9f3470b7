package vn.ansinh.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdEnd;
import vn.ansinh.households.HouseholdEndReason;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdRetention;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * The pages of retention: an administrator sees the dry run and a run sent without the count it showed (or with
 * another) anonymises nothing, answered 422 with the reason beside the button; a commune officer is refused the
 * page and the run (403). A household is marked ended on its page's form, a day to come refused beside the field.
 */
@IntegrationTest
class RetentionPageTest {

    private static final String PAGE = "/admin/personal-data/retention";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    HouseholdRetention retention;
    @Autowired
    Units units;

    @Test
    void anAdministratorSeesTheDryRunAndARunWithoutTheShownCountAnonymisesNothing() throws Exception {
        String page = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thời hạn lưu trữ dữ liệu cá nhân").contains("id=\"retention-count\"");
        long before = anonymised();

        String refused = mvc.perform(post(PAGE).with(csrf())).andExpect(status().isUnprocessableContent()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("Chưa hộ nào được ẩn danh hóa");
        mvc.perform(post(PAGE).with(csrf()).param("expected", "987654321")).andExpect(status().isUnprocessableContent());
        assertThat(anonymised()).isEqualTo(before);
    }

    @Test
    void aCommuneOfficerIsRefusedThePageAndTheRun() throws Exception {
        mvc.perform(get(PAGE).with(user("canbo-xa").roles("COMMUNE_OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).with(csrf()).with(user("canbo-xa").roles("COMMUNE_OFFICER")).param("expected", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHouseholdIsMarkedEndedOnItsPageAndADayToComeIsRefusedBesideTheField() throws Exception {
        long unit = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        Household household = registry.register(new Household(null, unit, "RP-" + System.nanoTime() % 1_000_000,
                "Thôn Cam Phú", "Lê Văn Tám", null, null, null, Area.RURAL, List.of(new Member("Lê Văn Tám", Sex.M,
                        LocalDate.of(1950, 1, 2), "Chủ hộ", null, false, false, null, null))), AccessScope.everything());
        String url = "/registry/households/" + household.id() + "/end";
        assertThat(mvc.perform(get("/registry/households/" + household.id())).andReturn().getResponse()
                .getContentAsString()).contains("href=\"" + url + "\"");

        String refused = mvc.perform(post(url).with(csrf()).param("endedOn", LocalDate.now().plusYears(1).toString())
                .param("reason", "MOVED_AWAY")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"endedOn-problem\"").contains("Ngày chấm dứt không thể sau hôm nay.");
        assertThat(mvc.perform(post(url).with(csrf()).param("endedOn", "31/06/2024").param("reason", "MOVED_AWAY"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
                .as("a day that does not exist is said as such, beside its field")
                .contains("id=\"endedOn-problem\"", "31/06/2024 không phải là ngày có thật");
        assertThat(retention.endOf(household.id(), AccessScope.everything())).isEmpty();

        mvc.perform(post(url).with(csrf()).param("endedOn", "2024-03-15").param("reason", "MOVED_AWAY"))
                .andExpect(redirectedUrl("/registry/households/" + household.id()));
        assertThat(retention.endOf(household.id(), AccessScope.everything()))
                .contains(new HouseholdEnd(LocalDate.of(2024, 3, 15), HouseholdEndReason.MOVED_AWAY));
        assertThat(mvc.perform(get("/registry/households/" + household.id())).andReturn().getResponse()
                .getContentAsString()).contains("Hộ đã chấm dứt ngày 15/03/2024: Chuyển đi nơi khác ngoài tỉnh.");
    }

    private long anonymised() {
        return jdbc.sql("select count(*) from household where anonymised_on is not null").query(Long.class).single();
    }
}
