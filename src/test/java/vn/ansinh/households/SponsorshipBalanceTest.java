package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;

/**
 * Cam An committed 5 households to "Hội CT+khác" in Biểu 3 and none to the others. Its register has six
 * poor households that can exit, one given to the farmers' association: the balance shows the farmers
 * one beyond and the others five short, and proposes the five free households to them; saved, it balances.
 */
@IntegrationTest
class SponsorshipBalanceTest {

    private static final int YEAR = 2059;

    @Autowired
    SponsorshipBalances balances;
    @Autowired
    ApplicationContext beans;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    MockMvc mvc;

    long programme;
    long camAn;
    long farmers;
    long others;

    @BeforeEach
    void setUp() {
        SponsorshipYear year = new SponsorshipYear(beans, YEAR);
        camAn = year.camAn();
        farmers = year.organisation("CL.HND");
        others = year.organisation("CL.HCT-KHAC");
        programme = year.programme();
        if (!year.created()) {
            return;
        }
        for (int i = 1; i <= 6; i++) {
            Household h = year.register("CA-" + YEAR + "-" + i, "Hộ " + i, Sex.M, LocalDate.of(1975, 1, 1),
                    Classification.POOR, PoorCategory.CAN_EXIT);
            if (i == 1) {
                sponsorships.assign(h.id(), YEAR, farmers, AccessScope.everything());
            }
        }
    }

    @Test
    void theBalanceShowsCommitmentsAgainstAssignmentsProposesTheFreeHouseholdsAndSavesThem() throws Exception {
        SponsorshipBalance balance = balances.balance(programme, camAn, AccessScope.everything()).orElseThrow();

        assertThat(balance.organisations()).extracting(SponsorshipBalance.OrganisationLine::name,
                SponsorshipBalance.OrganisationLine::committed, SponsorshipBalance.OrganisationLine::assigned,
                SponsorshipBalance.OrganisationLine::proposed, SponsorshipBalance.OrganisationLine::shortfall)
                .containsExactly(tuple("Hội ND", 0L, 1L, 0L, -1L), tuple("Hội PN", 0L, 0L, 0L, 0L),
                        tuple("Đoàn TN", 0L, 0L, 0L, 0L), tuple("Hội CCB", 0L, 0L, 0L, 0L),
                        tuple("Hội CT+khác", 5L, 0L, 5L, 0L));
        assertThat(balance.households()).hasSize(6);
        assertThat(balance.households()).filteredOn(h -> h.sponsor() == null).extracting(SponsorshipBalance.HouseholdLine::proposed)
                .containsOnly(others).hasSize(5);

        String page = mvc.perform(get("/programmes/" + programme + "/sponsorship").param("unit", String.valueOf(camAn)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cân đối đỡ đầu của Xã Cam An năm 2059", "Hội CT+khác (đề xuất)", "CA-2059-6");

        // Saved as proposed, the commune balances but for the farmers' one beyond.
        var request = post("/programmes/" + programme + "/sponsorship/assign").with(csrf())
                .param("unit", String.valueOf(camAn)).param("year", String.valueOf(YEAR));
        for (SponsorshipBalance.HouseholdLine line : balance.households()) {
            Long org = line.sponsor() != null ? line.sponsor() : line.proposed();
            request.param("household", String.valueOf(line.household().id())).param("organisation", String.valueOf(org));
        }

        mvc.perform(request);

        SponsorshipBalance after = balances.balance(programme, camAn, AccessScope.everything()).orElseThrow();
        assertThat(after.organisations()).extracting(SponsorshipBalance.OrganisationLine::assigned)
                .containsExactly(1L, 0L, 0L, 0L, 5L);
        assertThat(after.households()).extracting(SponsorshipBalance.HouseholdLine::proposed).containsOnlyNulls();
    }
}
