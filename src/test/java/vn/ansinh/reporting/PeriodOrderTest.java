package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/** The periods are listed as the office thinks of them: the months of a quarter, then the quarter; the year last. */
@IntegrationTest
class PeriodOrderTest {

    @Autowired
    MockMvc mvc;

    @Test
    void monthsOfAQuarterThenTheQuarterAndTheYearLast() throws Exception {
        String page = mvc.perform(get("/programmes/1/reports")).andReturn().getResponse().getContentAsString();
        Matcher option = Pattern.compile("<option value=\"[^\"]*\"[^>]*>([^<]+)</option>").matcher(page);
        List<String> periods = new ArrayList<>();
        while (option.find()) {
            periods.add(option.group(1));
        }
        assertThat(periods).containsExactly("Tháng 1/2019", "Tháng 2/2019", "Tháng 3/2019", "Quý I/2019",
                "Tháng 4/2019", "Tháng 5/2019", "Tháng 6/2019", "Quý II/2019", "Tháng 7/2019", "Tháng 8/2019",
                "Tháng 9/2019", "Quý III/2019", "Tháng 10/2019", "Tháng 11/2019", "Tháng 12/2019", "Quý IV/2019",
                "Cả năm 2019");
    }
}
