package vn.ansinh.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.Sex;
import vn.ansinh.support.IntegrationTest;

/**
 * Working age at its boundaries: the 15th birthday, and the end of the month in which a person reaches
 * the retirement age of that year — 60 / 55 until 2020, then rising from 60 years 3 months (men) and
 * 55 years 4 months (women) to 62 (2028) and 60 (2035), as Nghị định 135/2020's tables give them.
 */
@IntegrationTest
class WorkingAgeTest {

    @Autowired
    WorkingAgeRules rules;
    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} born {1}: retires at {2}y{3}m, last day {4}")
    @CsvSource({
        // The old rule: 60 and 55.
        "M, 1960-12-10, 60, 0, 2020-12-31",
        "F, 1965-06-01, 55, 0, 2020-06-30",
        // 2021 onwards (Phụ lục I, II of NĐ 135/2020): the age of the year the person reaches it.
        "M, 1961-01-15, 60, 3, 2021-04-30",
        "M, 1961-09-30, 60, 3, 2021-12-31",
        "M, 1961-10-01, 60, 6, 2022-04-30",
        "M, 1966-01-20, 61, 9, 2027-10-31",
        "M, 1966-04-01, 62, 0, 2028-04-30",
        "M, 1980-05-05, 62, 0, 2042-05-31",
        "F, 1966-01-10, 55, 4, 2021-05-31",
        "F, 1966-08-31, 55, 4, 2021-12-31",
        "F, 1966-09-01, 55, 8, 2022-05-31",
        "F, 1975-05-05, 60, 0, 2035-05-31"})
    void theRetirementAgeIsTheOneOfTheYearItIsReached(Sex sex, LocalDate born, int years, int months, LocalDate lastDay) {
        WorkingAge age = rules.on(sex, born, lastDay);

        assertThat(age.retirementYears()).isEqualTo(years);
        assertThat(age.retirementExtraMonths()).isEqualTo(months);
        assertThat(age.lastDay()).isEqualTo(lastDay);
        assertThat(age.workingAge()).as("of working age on the last day").isTrue();
        assertThat(rules.on(sex, born, lastDay.plusDays(1)).workingAge()).as("not the day after").isFalse();
    }

    @Test
    void workingAgeBeginsOnTheFifteenthBirthday() {
        LocalDate born = LocalDate.of(2010, 3, 31);
        assertThat(rules.on(Sex.F, born, LocalDate.of(2025, 3, 30)).workingAge()).isFalse();
        assertThat(rules.on(Sex.F, born, LocalDate.of(2025, 3, 31)).workingAge()).isTrue();
        assertThat(rules.on(Sex.M, born, LocalDate.of(2025, 3, 31)).from()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void theApiSaysWhetherAndUntilWhen() throws Exception {
        mvc.perform(get("/api/v1/labour/working-age").param("sex", "M").param("birthDate", "1961-10-01")
                .param("on", "2022-04-30")).andExpect(status().isOk())
                .andExpect(jsonPath("$.workingAge").value(true))
                .andExpect(jsonPath("$.until").value("2022-04-30"))
                .andExpect(jsonPath("$.retirementAge").value("60 tuổi 6 tháng"))
                .andExpect(jsonPath("$.legalBasis").value("Bộ luật Lao động 2019, Nghị định 135/2020/NĐ-CP"));
        mvc.perform(get("/api/v1/labour/working-age").param("sex", "F").param("birthDate", "1965-06-01")
                .param("on", "2020-07-01")).andExpect(jsonPath("$.workingAge").value(false))
                .andExpect(jsonPath("$.retirementAge").value("55 tuổi"));
        mvc.perform(get("/api/v1/labour/working-age").param("sex", "X").param("birthDate", "1965-06-01")
                .param("on", "2020-07-01")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("api.problem.parameter"));
        mvc.perform(get("/api/v1/labour/working-age").param("sex", "F").param("birthDate", "01/06/1965")
                .param("on", "2020-07-01")).andExpect(jsonPath("$.retirementAge").value("55 tuổi"));
        mvc.perform(get("/api/v1/labour/working-age").param("sex", "F").param("birthDate", "31/06/1965")
                .param("on", "2020-07-01")).andExpect(status().isUnprocessableContent());
    }
}
