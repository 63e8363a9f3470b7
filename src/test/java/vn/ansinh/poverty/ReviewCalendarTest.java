package vn.ansinh.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.shared.OfficeTime;
import vn.ansinh.support.IntegrationTest;

/**
 * The review calendar of QĐ 24/2021/QĐ-TTg as data: the yearly review 01/09 – 14/12, monthly reports on the 5th
 * from February to September, recognised by the commune chair and consolidated by the district until 30/06/2025,
 * by the province from 01/07/2025; its API, its administrator's page and the deadlines on the standards page.
 */
@IntegrationTest
class ReviewCalendarTest {

    @Autowired
    ReviewCalendars calendars;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDistrictConsolidatesUntil30JuneAndTheProvinceFrom1July() {
        ReviewCalendar before = calendars.on(LocalDate.of(2025, 6, 30)).orElseThrow();
        ReviewCalendar after = calendars.on(LocalDate.of(2025, 7, 1)).orElseThrow();

        assertThat(before.approvingLevel()).isEqualTo(GovernmentLevel.COMMUNE);
        assertThat(before.consolidatingLevel()).isEqualTo(GovernmentLevel.DISTRICT);
        assertThat(after.approvingLevel()).isEqualTo(GovernmentLevel.COMMUNE);
        assertThat(after.consolidatingLevel()).isEqualTo(GovernmentLevel.PROVINCE);
        assertThat(after.legalBasis()).contains("24/2021/QĐ-TTg");
        assertThat(calendars.on(LocalDate.of(2021, 7, 15))).isEmpty();
    }

    @Test
    void theDatesOfAYearFollowTheCalendar() {
        ReviewCalendar c = calendars.on(LocalDate.of(2025, 10, 1)).orElseThrow();

        assertThat(c.reviewStartIn(2025)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(c.reviewEndIn(2025)).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(c.reportDaysIn(2026)).hasSize(8).startsWith(LocalDate.of(2026, 2, 5)).endsWith(LocalDate.of(2026, 9, 5));
        assertThat(c.nextReportFrom(LocalDate.of(2025, 7, 5))).contains(LocalDate.of(2025, 7, 5));
        assertThat(c.nextReportFrom(LocalDate.of(2025, 7, 6))).contains(LocalDate.of(2025, 8, 5));
        assertThat(c.nextReportFrom(LocalDate.of(2025, 9, 6))).contains(LocalDate.of(2026, 2, 5));
        assertThat(c.reviewEndFrom(LocalDate.of(2025, 12, 14))).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(c.reviewEndFrom(LocalDate.of(2025, 12, 15))).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void theApiGivesTheCalendarInForceOnTheDay() throws Exception {
        mvc.perform(get("/api/v1/poverty/review-calendar").param("on", "2025-06-30")).andExpect(status().isOk())
                .andExpect(jsonPath("$.consolidatingLevel").value("DISTRICT"))
                .andExpect(jsonPath("$.validTo").value("2025-06-30"))
                .andExpect(jsonPath("$.nextReport").value("2025-07-05"));
        mvc.perform(get("/api/v1/poverty/review-calendar").param("on", "2025-07-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$.approvingLevel").value("COMMUNE"))
                .andExpect(jsonPath("$.consolidatingLevel").value("PROVINCE"))
                .andExpect(jsonPath("$.validFrom").value("2025-07-01"))
                .andExpect(jsonPath("$.reviewStart").value("2025-09-01"))
                .andExpect(jsonPath("$.reviewEnd").value("2025-12-14"))
                .andExpect(jsonPath("$.reportDays[0]").value("2025-02-05"))
                .andExpect(jsonPath("$.reportDays[7]").value("2025-09-05"));
        mvc.perform(get("/api/v1/poverty/review-calendar").param("on", "2020-01-01"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("01/01/2020")));
    }

    @Test
    void theStandardsPageShowsTheNextDeadlines() throws Exception {
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        ReviewCalendar c = calendars.on(today).orElseThrow();
        LocalDate end = c.reviewEndFrom(today);
        String vi = page("/poverty/standards");
        assertThat(vi).contains("Hạn rà soát và báo cáo sắp tới", "Rà soát hằng năm " + end.getYear() + ": từ 01/09/"
                + end.getYear() + " đến 14/12/" + end.getYear(), "Danh sách do Chủ tịch Ủy ban nhân dân cấp xã công nhận");
        String en = page("/poverty/standards?lang=en");
        assertThat(en).contains("Next review and reporting deadlines", "consolidated by the province");
    }

    @Test
    void theReviewPageSaysTheDaysOfItsYearAndWhoConsolidates() throws Exception {
        long commune = jdbc.sql("select min(id) from administrative_unit where kind = 'COMMUNE'").query(Long.class).single();

        assertThat(page("/registry/reviews?unit=" + commune + "&year=2024")).contains(
                "Rà soát hằng năm 2024: từ 01/09/2024 đến 14/12/2024.",
                "Danh sách do Chủ tịch Ủy ban nhân dân cấp xã công nhận; cấp huyện tổng hợp");
        assertThat(page("/registry/reviews?unit=" + commune + "&year=2025")).contains(
                "Rà soát hằng năm 2025: từ 01/09/2025 đến 14/12/2025.", "cấp tỉnh tổng hợp");
    }

    @Test
    void anAdministratorAddsAPeriodAndWrongValuesAreSaidBesideTheirFields() throws Exception {
        assertThat(page("/admin/review-calendar")).contains("Lịch rà soát hộ nghèo", "01/09 – 14/12",
                "ngày 5 các tháng 2–9", "Quyết định số 24/2021/QĐ-TTg", "value=\"14/12\"");

        MvcResult wrong = add("01/07/2025", "01/09", "31/02", "31", "9", "2", "");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(wrong.getResponse().getContentAsString())).contains(
                "id=\"validFrom-problem\">Giai đoạn mới phải bắt đầu sau ngày 01/07/2025",
                "id=\"reviewEnd-problem\">«31/02» không phải một ngày trong năm",
                "id=\"reportDay-problem\">Nhập một số từ 1 đến 28", "id=\"reportLastMonth-problem\">Tháng cuối phải từ tháng 9",
                "id=\"legalBasis-problem\">", "value=\"31/02\"");

        long before = audited();
        MvcResult added = add("01/01/2091", "01/08", "30/11", "10", "1", "12", "Quyết định thử nghiệm");
        assertThat(added.getResponse().getRedirectedUrl()).startsWith("/admin/review-calendar#calendar-");
        ReviewCalendar next = calendars.on(LocalDate.of(2091, 1, 1)).orElseThrow();
        assertThat(next.reviewStart()).isEqualTo(MonthDay.of(8, 1));
        assertThat(next.reportDay()).isEqualTo(10);
        assertThat(calendars.on(LocalDate.of(2090, 12, 31)).orElseThrow().validTo()).isEqualTo(LocalDate.of(2090, 12, 31));
        assertThat(calendars.on(LocalDate.of(2025, 7, 1)).orElseThrow().consolidatingLevel())
                .isEqualTo(GovernmentLevel.PROVINCE);
        assertThat(audited() - before).isEqualTo(2);
        mvc.perform(get("/api/v1/poverty/review-calendar").param("on", "2091-03-01"))
                .andExpect(jsonPath("$.reportDays[0]").value("2091-01-10"))
                .andExpect(jsonPath("$.nextReport").value("2091-03-10"));
        assertThat(page("/admin/review-calendar?lang=en")).contains("Poverty review calendar", "Province, city");
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'review_calendar'").query(Long.class).single();
    }

    private MvcResult add(String from, String start, String end, String day, String first, String last, String basis)
            throws Exception {
        return mvc.perform(post("/admin/review-calendar").with(csrf()).param("validFrom", from).param("reviewStart", start)
                .param("reviewEnd", end).param("reportDay", day).param("reportFirstMonth", first)
                .param("reportLastMonth", last).param("approvingLevel", "COMMUNE").param("consolidatingLevel", "PROVINCE")
                .param("legalBasis", basis)).andReturn();
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }
}
