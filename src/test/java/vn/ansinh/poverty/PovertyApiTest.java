package vn.ansinh.poverty;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.ansinh.support.IntegrationTest;

/** GET /api/v1/poverty/standards and POST /api/v1/poverty/classify, with their refusals. */
@IntegrationTest
class PovertyApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theStandardsAreListedWithValidityLinesAndIndicators() throws Exception {
        mvc.perform(get("/api/v1/poverty/standards")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[*].code", contains("2016-2020", "2022-2025", "2027-2030")))
                .andExpect(jsonPath("$[0].validFrom").value("2016-01-01"))
                .andExpect(jsonPath("$[0].validTo").value("2021-12-31"))
                .andExpect(jsonPath("$[0].rule").value("TWO_BAND"))
                .andExpect(jsonPath("$[0].thresholds[0].area").value("RURAL"))
                .andExpect(jsonPath("$[0].thresholds[0].poorLine").value(700000))
                .andExpect(jsonPath("$[0].thresholds[0].nearPoorLine").value(1000000))
                .andExpect(jsonPath("$[1].thresholds[1].area").value("URBAN"))
                .andExpect(jsonPath("$[1].thresholds[1].poorLine").value(2000000))
                .andExpect(jsonPath("$[1].thresholds[1].mediumLine").value(3000000))
                .andExpect(jsonPath("$[1].indicators", hasSize(12)))
                .andExpect(jsonPath("$[1].indicators[0].code").value("EMPLOYMENT"))
                .andExpect(jsonPath("$[1].indicators[0].name").value("Việc làm"))
                .andExpect(jsonPath("$[2].draft").value(true));
    }

    @Test
    void aHouseholdIsClassifiedWithTheStandardAndTheReason() throws Exception {
        classify("{\"year\": 2024, \"area\": \"RURAL\", \"incomePerPerson\": 1200000, "
                + "\"deprivations\": [\"EMPLOYMENT\", \"NUTRITION\", \"WATER\", \"TELECOM\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification").value("POOR"))
                .andExpect(jsonPath("$.standard").value("2022-2025"))
                .andExpect(jsonPath("$.legalBasis").value(containsString("07/2021/NĐ-CP")))
                .andExpect(jsonPath("$.explanation").value(
                        "thu nhập 1.200.000 đ ≤ chuẩn 1.500.000 đ và thiếu hụt 4/12 chỉ số → hộ nghèo"));
        classify("{\"year\": 2019, \"area\": \"URBAN\", \"incomePerPerson\": 1950001, \"deprivations\": []}")
                .andExpect(jsonPath("$.classification").value("NOT_POOR"))
                .andExpect(jsonPath("$.standard").value("2016-2020"));
    }

    @Test
    void refusalsSayWhatIsWrong() throws Exception {
        classify("{\"year\": 2024, \"area\": \"RURAL\", \"incomePerPerson\": 1200000, \"deprivations\": [\"NUOC\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("poverty.indicator.unknown"))
                .andExpect(jsonPath("$.errors[0].field").value("deprivations"))
                .andExpect(jsonPath("$.detail").value(containsString("không có chỉ số thiếu hụt «NUOC»")));
        classify("{\"year\": 2014, \"area\": \"RURAL\", \"incomePerPerson\": 1200000}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("không có chuẩn nghèo cho năm 2014; các chuẩn có: 2016–2021, 2022–2026, 2027–2030"));
        classify("{\"year\": 2024, \"area\": \"RURAL\", \"incomePerPerson\": -5}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("poverty.income.negative"));
        classify("{\"year\": 2024, \"area\": \"MIEN_NUI\", \"incomePerPerson\": 5}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("api.problem.unreadable"));
    }

    private ResultActions classify(String json) throws Exception {
        return mvc.perform(post("/api/v1/poverty/classify").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
