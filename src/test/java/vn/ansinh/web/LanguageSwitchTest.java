package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/**
 * The language switch keeps the page's parameters — the consolidated report stays on its period — and an
 * English page names indicators by the English names the catalogue holds.
 */
@IntegrationTest
class LanguageSwitchTest {

    private static final String CONSOLIDATED = "/programmes/1/reports/consolidated";

    @Autowired
    MockMvc mvc;

    @Test
    void theConsolidatedReportInEnglishKeepsItsPeriod() throws Exception {
        String english = page(CONSOLIDATED + "?period=2019-03&lang=en");

        assertThat(english).contains("<html lang=\"en\">", "href=\"" + CONSOLIDATED + "?period=2019-03&amp;lang=vi\"");
        String vietnamese = page(CONSOLIDATED + "?period=2019-03&lang=vi");
        assertThat(vietnamese).contains("<html lang=\"vi\">", "href=\"" + CONSOLIDATED + "?period=2019-03&amp;lang=en\"");
    }

    @Test
    void aConsolidatedReportAskedForWithoutItsPeriodOpensTheFirstPeriodInsteadOfRefusing() throws Exception {
        mvc.perform(get(CONSOLIDATED).param("lang", "en")).andExpect(redirectedUrl(CONSOLIDATED + "?period=2019-01"));
    }

    @Test
    void theDashboardInEnglishNamesItsTargetsInEnglish() throws Exception {
        assertThat(page("/programmes/1/dashboard?lang=en")).contains(">Jobs created<", ">Vocational trainees<",
                "Jobs created (people)").doesNotContain(">Giải quyết việc làm<");
        assertThat(page("/programmes/1/dashboard?lang=vi")).contains(">Giải quyết việc làm<").doesNotContain(">Jobs created<");
    }

    private String page(String uri) throws Exception {
        return mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
