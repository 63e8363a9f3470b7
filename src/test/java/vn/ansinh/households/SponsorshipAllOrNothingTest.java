package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.poverty.Classification;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;

/**
 * «Lưu phân công» saves every household's sponsor or none: Cam An's two poor households that can exit are
 * given to the farmers' association together with a near-poor one, which cannot be sponsored — the page
 * says so, and the two before it are not saved either (each used to be saved in its own transaction).
 */
@IntegrationTest
class SponsorshipAllOrNothingTest {

    private static final int YEAR = 2037;

    @Autowired
    ApplicationContext beans;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long programme;
    long camAn;
    long farmers;
    List<Long> households = new ArrayList<>();

    /** Two poor households that can exit and a near-poor one, the last; registered once. */
    @BeforeEach
    void setUp() {
        SponsorshipYear year = new SponsorshipYear(beans, YEAR);
        camAn = year.camAn();
        farmers = year.organisation("CL.HND");
        programme = year.programme();
        households.clear();
        for (int i = 1; i <= 3; i++) {
            String code = "AON-" + YEAR + "-" + i;
            boolean last = i == 3;
            households.add(jdbc.sql("select id from household where code = ?").param(code).query(Long.class).optional()
                    .orElseGet(() -> year.register(code, "Chủ hộ " + code, Sex.F, LocalDate.of(1980, 3, 1),
                            last ? Classification.NEAR_POOR : Classification.POOR, last ? null : PoorCategory.CAN_EXIT).id()));
        }
    }

    @Test
    void oneRefusedHouseholdSavesNoneOfThem() throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        var request = post("/programmes/" + programme + "/sponsorship/assign").with(csrf())
                .param("unit", String.valueOf(camAn)).param("year", String.valueOf(YEAR));
        households.forEach(h -> request.param("household", String.valueOf(h)).param("organisation", String.valueOf(farmers)));

        String page = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Chưa lưu phân công nào: hộ AON-" + YEAR + "-3 không phải hộ nghèo chính sách giảm nghèo năm "
                + YEAR + " nên không có tổ chức đỡ đầu. Sửa dòng đó rồi lưu lại.");
        assertThat(java.util.regex.Pattern.compile("value=\"" + farmers + "\"\\s+selected").matcher(page).results().count())
                .as("the choices of the two households listed shown as made, not as saved").isEqualTo(2);

        assertThat(sponsorships.sponsorsOf(households, YEAR)).isEmpty();
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }
}
