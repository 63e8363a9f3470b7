package vn.ansinh.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.poverty.internal.StandardDraftRules;
import vn.ansinh.support.IntegrationTest;

/**
 * Today's standards: the medium living standard of QĐ 59/2015, NĐ 07/2021 kept in force for 2026 and
 * the 2027–2030 standard of NĐ 351/2025 — at every line, with the figures the law gives, and as the
 * page and the API show them in both languages.
 */
@IntegrationTest
class TodaysStandardsTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Autowired
    PovertyStandards standards;
    @Autowired
    MessageSource messages;
    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} {1} {2} đ, {3} deprivations → {4} ({5})")
    @CsvSource({
        // QĐ 59/2015, rural: poor 700.000, near-poor 1.000.000, medium 1.500.000.
        "2016, RURAL,  700000, 0, POOR,      2016-2020",
        "2016, RURAL,  700001, 2, NEAR_POOR, 2016-2020",
        "2016, RURAL,  700001, 3, POOR,      2016-2020",
        "2017, RURAL, 1000000, 2, NEAR_POOR, 2016-2020",
        "2017, RURAL, 1000000, 3, POOR,      2016-2020",
        "2018, RURAL, 1000001, 3, MEDIUM,    2016-2020",
        "2018, RURAL, 1500000, 10, MEDIUM,   2016-2020",
        "2021, RURAL, 1500001, 10, NOT_POOR, 2016-2020",
        // QĐ 59/2015, urban: poor 900.000, near-poor 1.300.000, medium 1.950.000.
        "2016, URBAN,  900000, 0, POOR,      2016-2020",
        "2016, URBAN,  900001, 2, NEAR_POOR, 2016-2020",
        "2016, URBAN,  900001, 3, POOR,      2016-2020",
        "2019, URBAN, 1300000, 2, NEAR_POOR, 2016-2020",
        "2019, URBAN, 1300000, 3, POOR,      2016-2020",
        "2019, URBAN, 1300001, 3, MEDIUM,    2016-2020",
        "2020, URBAN, 1950000, 10, MEDIUM,   2016-2020",
        "2021, URBAN, 1950001, 0, NOT_POOR,  2016-2020",
        // NĐ 07/2021 still in force for a 2026 review (NĐ 351/2025): 1.500.000 / 2.250.000 rural, 2.000.000 / 3.000.000 urban.
        "2026, RURAL, 1500000, 3, POOR,      2022-2025",
        "2026, RURAL, 1500000, 2, NEAR_POOR, 2022-2025",
        "2026, RURAL, 1500001, 3, MEDIUM,    2022-2025",
        "2026, RURAL, 2250000, 0, MEDIUM,    2022-2025",
        "2026, RURAL, 2250001, 0, NOT_POOR,  2022-2025",
        "2026, URBAN, 2000000, 3, POOR,      2022-2025",
        "2026, URBAN, 2000000, 2, NEAR_POOR, 2022-2025",
        "2026, URBAN, 2000001, 3, MEDIUM,    2022-2025",
        "2026, URBAN, 3000000, 0, MEDIUM,    2022-2025",
        "2026, URBAN, 3000001, 0, NOT_POOR,  2022-2025",
        // NĐ 351/2025 for a 2027 review: 2.200.000 rural, 2.800.000 urban, no medium line confirmed.
        "2027, RURAL, 2200000, 3, POOR,      2027-2030",
        "2027, RURAL, 2200000, 2, NEAR_POOR, 2027-2030",
        "2027, RURAL, 2200001, 3, NOT_POOR,  2027-2030",
        "2027, URBAN, 2800000, 3, POOR,      2027-2030",
        "2027, URBAN, 2800000, 2, NEAR_POOR, 2027-2030",
        "2027, URBAN, 2800001, 3, NOT_POOR,  2027-2030",
        "2030, URBAN, 2800000, 3, POOR,      2027-2030"})
    void everyLineClassifiesAsTheLawSays(int year, Area area, long income, int deprivations, Classification expected,
            String standard) {
        List<String> codes = standards.forYear(year).orElseThrow().indicators().stream().limit(deprivations)
                .map(DeprivationIndicator::code).toList();

        ClassificationResult result = standards.classify(new ClassificationRequest(year, area, BigDecimal.valueOf(income), codes));

        assertThat(result.classification()).isEqualTo(expected);
        assertThat(result.standard().code()).isEqualTo(standard);
    }

    @Test
    void theMediumBandOf2016To2021SaysItsLines() {
        assertThat(explained(2019, Area.RURAL, 1_500_000, VI))
                .isEqualTo("thu nhập 1.500.000 đ > chuẩn cận nghèo 1.000.000 đ và ≤ 1.500.000 đ → hộ có mức sống trung bình");
        assertThat(explained(2019, Area.URBAN, 1_950_001, VI))
                .isEqualTo("thu nhập 1.950.001 đ > 1.950.000 đ → không thuộc hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình");
        assertThat(explained(2019, Area.URBAN, 1_300_001, Locale.ENGLISH))
                .isEqualTo("income 1.300.001 đ > near-poor line 1.300.000 đ and ≤ 1.950.000 đ → medium living standard");
    }

    @Test
    void theStandardsAreAsNd351Says() {
        PovertyStandard qd59 = standards.forYear(2019).orElseThrow();
        assertThat(qd59.thresholds()).extracting(AreaThreshold::mediumLine)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1500000"), new BigDecimal("1950000"));
        PovertyStandard nd07 = standards.forYear(2026).orElseThrow();
        assertThat(nd07.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(nd07.legalBasis()).contains("07/2021/NĐ-CP", "351/2025/NĐ-CP");
        assertThat(nd07.draft()).isFalse();

        PovertyStandard nd351 = standards.forYear(2027).orElseThrow();
        assertThat(nd351.legalBasis()).isEqualTo("Nghị định số 351/2025/NĐ-CP");
        assertThat(nd351.name()).isEqualTo("Chuẩn nghèo đa chiều giai đoạn 2027–2030");
        assertThat(List.of(nd351.validFrom(), nd351.validTo())).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(nd351.rule()).isEqualTo(PovertyRule.INCOME_AND_DEPRIVATIONS);
        assertThat(nd351.deprivationThreshold()).isEqualTo(3);
        assertThat(nd351.draft()).as("indicators and medium lines unverified").isTrue();
        assertThat(nd351.note()).contains("Chưa kiểm chứng", "mức sống trung bình");
        assertThat(nd351.thresholds()).extracting(AreaThreshold::mediumLine).containsOnlyNulls();
        assertThat(nd351.indicators()).hasSize(12).extracting(DeprivationIndicator::code).startsWith("EMPLOYMENT", "DEPENDANTS");
        assertThat(standards.all()).extracting(PovertyStandard::code).doesNotContain("2026-2030");
    }

    @Test
    void aMediumLineNotAboveTheNearPoorLineIsRefused() {
        PovertyStandard draft = standards.forYear(2027).orElseThrow();
        StandardDraft form = StandardDraft.of(draft);
        StandardDraft twoBand = new StandardDraft(form.name(), form.legalBasis(), form.validFrom(), form.validTo(),
                PovertyRule.TWO_BAND, form.deprivationThreshold(), form.note(), "2.200.000", "2.600.000", "2.600.000",
                "2.800.000", "3.200.000", "3.500.000", form.indicators());
        StandardDraftRules rules = new StandardDraftRules();

        assertThat(rules.check(draft, twoBand, standards.all())).isEmpty();
        assertThat(rules.problems().byField()).containsOnlyKeys("ruralMediumLine");
        assertThat(rules.problems().of("ruralMediumLine").key()).isEqualTo("poverty.edit.notAboveNearPoorLine");
    }

    @Test
    void thePageShowsTheNewStandardAndTheMediumBandInBothLanguages() throws Exception {
        String vi = page(get("/poverty/standards").param("lang", "vi"));
        assertThat(vi).contains("Chuẩn nghèo đa chiều giai đoạn 2027–2030", "Nghị định số 351/2025/NĐ-CP",
                "hiệu lực từ 01/01/2027 đến 31/12/2030", "hiệu lực từ 01/01/2022 đến 31/12/2026", "1.950.000",
                "trên chuẩn cận nghèo đến mức sống trung bình: hộ có mức sống trung bình", "chưa kiểm chứng");
        String en = page(get("/poverty/standards").param("lang", "en"));
        assertThat(en).contains("in force from 01/01/2027 to 31/12/2030", "Medium living standard up to", "1.950.000",
                "above the near-poor line up to the medium line: medium living standard", "unverified");

        long qd59 = standards.forYear(2019).orElseThrow().id();
        String classified = page(post("/poverty/standards/" + qd59 + "/classify").with(csrf()).param("lang", "en")
                .param("year", "2019").param("area", "URBAN").param("income", "1.950.000"));
        assertThat(classified).contains("Medium living standard</strong>:",
                "income 1.950.000 đ > near-poor line 1.300.000 đ and ≤ 1.950.000 đ → medium living standard");
    }

    @Test
    void theApiGivesTheMediumLinesAndTheNewStandard() throws Exception {
        mvc.perform(get("/api/v1/poverty/standards")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].thresholds[0].mediumLine").value(1500000))
                .andExpect(jsonPath("$[0].thresholds[1].mediumLine").value(1950000))
                .andExpect(jsonPath("$[1].validTo").value("2026-12-31"))
                .andExpect(jsonPath("$[2].code").value("2027-2030"))
                .andExpect(jsonPath("$[2].legalBasis").value("Nghị định số 351/2025/NĐ-CP"))
                .andExpect(jsonPath("$[2].validFrom").value("2027-01-01"))
                .andExpect(jsonPath("$[2].thresholds[0].poorLine").value(2200000))
                .andExpect(jsonPath("$[2].thresholds[1].poorLine").value(2800000))
                .andExpect(jsonPath("$[2].thresholds[1].mediumLine").value(nullValue()))
                .andExpect(jsonPath("$[2].draft").value(true));
        mvc.perform(post("/api/v1/poverty/classify").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": 2017, \"area\": \"RURAL\", \"incomePerPerson\": 1200000, \"deprivations\": []}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification").value("MEDIUM"))
                .andExpect(jsonPath("$.standard").value("2016-2020"))
                .andExpect(jsonPath("$.explanation").value(
                        "income 1.200.000 đ > near-poor line 1.000.000 đ and ≤ 1.500.000 đ → medium living standard"));
    }

    private String explained(int year, Area area, long income, Locale locale) {
        PovertyDecision decision = standards.classify(new ClassificationRequest(year, area, BigDecimal.valueOf(income), List.of()))
                .decision();
        return messages.getMessage(decision.reason(), decision.arguments().toArray(), locale);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
