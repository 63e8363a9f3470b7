package vn.ansinh.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.support.IntegrationTest;

/**
 * The base levels as versioned data: people with merit 2.055.000 đ from 01/07/2023 (NĐ 55/2023) and 2.789.000 đ from
 * 01/07/2024 (NĐ 77/2024); social assistance 360.000 đ from 01/07/2021 (NĐ 20/2021) and 500.000 đ from 01/07/2024
 * (NĐ 76/2024); a new decree's level entered on the administrator's page ends the one before.
 */
@IntegrationTest
class AllowanceBasesTest {

    @Autowired
    AllowanceBases bases;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void eachSchemesBaseChangesOnTheDayItsDecreeTakesEffect() throws Exception {
        assertThat(bases.of(AllowanceScheme.MERIT, LocalDate.of(2024, 6, 30)).orElseThrow().amount()).isEqualTo(new BigDecimal("2055000"));
        assertThat(bases.of(AllowanceScheme.MERIT, LocalDate.of(2024, 7, 1)).orElseThrow().amount()).isEqualTo(new BigDecimal("2789000"));
        assertThat(bases.of(AllowanceScheme.SOCIAL_ASSISTANCE, LocalDate.of(2021, 7, 1)).orElseThrow().legalBasis())
                .isEqualTo("Nghị định số 20/2021/NĐ-CP");
        assertThat(bases.of(AllowanceScheme.MERIT, LocalDate.of(2023, 6, 30))).as("before the first level ansinh holds").isEmpty();

        mvc.perform(get("/api/v1/allowances/bases").param("on", "2024-06-30"))
                .andExpect(jsonPath("$[?(@.scheme == 'MERIT')].amount").value(2055000))
                .andExpect(jsonPath("$[?(@.scheme == 'MERIT')].validTo").value("2024-06-30"))
                .andExpect(jsonPath("$[?(@.scheme == 'SOCIAL_ASSISTANCE')].amount").value(360000));
        mvc.perform(get("/api/v1/allowances/bases").param("on", "2024-07-01"))
                .andExpect(jsonPath("$[?(@.scheme == 'MERIT')].amount").value(2789000))
                .andExpect(jsonPath("$[?(@.scheme == 'MERIT')].legalBasis").value("Nghị định số 77/2024/NĐ-CP"))
                .andExpect(jsonPath("$[?(@.scheme == 'SOCIAL_ASSISTANCE')].amount").value(500000));
        mvc.perform(get("/api/v1/allowances/bases").param("on", "2020-01-01")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anAdministratorEntersANewDecreesLevelAndWrongValuesAreSaidBesideTheirFields() throws Exception {
        assertThat(page("/admin/allowance-bases")).contains("Mức chuẩn trợ cấp", "Trợ cấp ưu đãi người có công", "2.789.000",
                "01/07/2024", "Nghị định số 77/2024/NĐ-CP");
        long before = audited();

        MvcResult wrong = add("SOCIAL_ASSISTANCE", "540,5", "31/06/2090", "");
        MvcResult early = add("MERIT", "0", "01/07/2024", "Nghị định thử");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(wrong.getResponse().getContentAsString())).contains(
                "id=\"amount-problem\">«540,5» không phải là số đồng", "id=\"validFrom-problem\">", "id=\"legalBasis-problem\">",
                "value=\"540,5\"");
        assertThat(HtmlUtils.htmlUnescape(early.getResponse().getContentAsString())).contains(
                "id=\"amount-problem\">Mức chuẩn phải lớn hơn 0", "id=\"validFrom-problem\">Phải sau ngày 01/07/2024");
        assertThat(audited()).as("nothing written").isEqualTo(before);

        MvcResult added = add("SOCIAL_ASSISTANCE", "540.000", "01/01/2090", "Nghị định thử nghiệm");
        assertThat(added.getResponse().getRedirectedUrl()).startsWith("/admin/allowance-bases#base-");
        assertThat(bases.of(AllowanceScheme.SOCIAL_ASSISTANCE, LocalDate.of(2090, 1, 1)).orElseThrow().amount())
                .isEqualTo(new BigDecimal("540000"));
        assertThat(bases.of(AllowanceScheme.SOCIAL_ASSISTANCE, LocalDate.of(2089, 12, 31)).orElseThrow().validTo())
                .isEqualTo(LocalDate.of(2089, 12, 31));
        assertThat(bases.of(AllowanceScheme.MERIT, LocalDate.of(2090, 1, 1)).orElseThrow().amount())
                .as("the other scheme goes on").isEqualTo(new BigDecimal("2789000"));
        assertThat(audited() - before).as("the new level and the end of the one before").isEqualTo(2);
        assertThat(bases.of(AllowanceScheme.SOCIAL_ASSISTANCE, LocalDate.of(2090, 1, 1)).orElseThrow().enteredOn())
                .as("the day it was entered, from which arrears are counted").isEqualTo(LocalDate.now(clock));
        assertThat(bases.of(AllowanceScheme.MERIT, LocalDate.of(2024, 7, 1)).orElseThrow().enteredOn()).isNull();
        assertThat(page("/admin/allowance-bases?lang=en")).contains("Allowance base levels", "Social assistance", "540.000");
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'allowance_base'").query(Long.class).single();
    }

    private MvcResult add(String scheme, String amount, String from, String basis) throws Exception {
        return mvc.perform(post("/admin/allowance-bases").with(csrf()).param("scheme", scheme).param("amount", amount)
                .param("validFrom", from).param("legalBasis", basis)).andReturn();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }
}
