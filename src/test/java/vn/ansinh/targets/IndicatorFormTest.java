package vn.ansinh.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.support.FormPages.assertRefused;
import static vn.ansinh.support.FormPages.form;
import static vn.ansinh.support.FormPages.withUniqueIds;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditRows;
import vn.ansinh.shared.Domain;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;

/**
 * The indicators' pages: a count and a rate of it are added; a rate needs a part and a whole, two
 * different indicators that are no rates, and nothing else has them; each rule broken is said
 * beside its field (422) and nothing is written; an edit is audited and never changes the code;
 * only administrators get in. Each test rolls back.
 */
@IntegrationTest
@Transactional
class IndicatorFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Indicators indicators;
    @Autowired
    JdbcClient jdbc;

    AuditRows audit;
    long households;
    long poor;
    long poorRate;

    @BeforeEach
    void seed() {
        audit = new AuditRows(jdbc);
        households = indicators.byCode("HOUSEHOLDS").orElseThrow().id();
        poor = indicators.byCode("POOR_HOUSEHOLDS").orElseThrow().id();
        poorRate = indicators.byCode("POOR_RATE").orElseThrow().id();
    }

    @Test
    void theListShowsEachIndicatorWithItsAggregationAndARatesPartAndWhole() throws Exception {
        String page = withUniqueIds(mvc.perform(get("/admin/indicators")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).contains("WORKING_AGE_POPULATION", "Số lao động trong độ tuổi", "Working-age population",
                "Giảm nghèo", "Tỷ lệ (tử số ÷ mẫu số × 100)", "POOR_HOUSEHOLDS ÷ HOUSEHOLDS", "Thêm chỉ tiêu");
    }

    @Test
    void aCountAndARateOfItAreAddedAndAudited() throws Exception {
        long last = audit.lastId();
        mvc.perform(add("code", "NEAR_POOR_HOUSEHOLDS", "nameVi", "Hộ cận nghèo", "nameEn", "Near-poor households"))
                .andExpect(status().is3xxRedirection());
        long nearPoor = indicators.byCode("NEAR_POOR_HOUSEHOLDS").orElseThrow().id();
        mvc.perform(add("code", "NEAR_POOR_RATE", "measure", "%", "aggregation", "RATE",
                "partId", Long.toString(nearPoor), "wholeId", Long.toString(households)))
                .andExpect(status().is3xxRedirection());

        Indicator rate = indicators.byCode("NEAR_POOR_RATE").orElseThrow();
        assertThat(rate).isEqualTo(new Indicator(rate.id(), "NEAR_POOR_RATE", "Tỷ lệ hộ cận nghèo", "Near-poor rate",
                Domain.POVERTY, "%", Aggregation.RATE, nearPoor, households));
        List<AuditEvent> written = audit.since(last);
        assertThat(written).extracting(AuditEvent::action, AuditEvent::entityType, AuditEvent::entityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE", "indicator", Long.toString(nearPoor)),
                        org.assertj.core.groups.Tuple.tuple("CREATE", "indicator", Long.toString(rate.id())));
        assertThat(written.get(1).newValue()).contains("\"aggregation\":\"RATE\"", "\"partId\":" + nearPoor);
    }

    @Test
    void aRateWithoutPartAndWholeIsRefusedWithAMessageBesideEach() throws Exception {
        MockHttpServletRequestBuilder rate = add("aggregation", "RATE", "measure", "%");
        assertRefused(mvc, jdbc, rate, "partId", "Chỉ tiêu tỷ lệ cần tử số.");
        assertRefused(mvc, jdbc, add("aggregation", "RATE", "partId", Long.toString(poor)), "wholeId",
                "Chỉ tiêu tỷ lệ cần mẫu số.");
    }

    @Test
    void eachRuleOfARateIsSaidBesideItsField() throws Exception {
        assertRefused(mvc, jdbc, rate(poor, poor), "wholeId", "Tử số và mẫu số phải là hai chỉ tiêu khác nhau.");
        assertRefused(mvc, jdbc, rate(poorRate, households), "partId",
                "Không tính tỷ lệ của một tỷ lệ: «POOR_RATE» là chỉ tiêu tỷ lệ.");
        assertRefused(mvc, jdbc, rate(poor, 999_999L), "wholeId", "Không có chỉ tiêu này.");
        assertRefused(mvc, jdbc, add("partId", Long.toString(poor)), "partId",
                "Chỉ chỉ tiêu tỷ lệ mới có tử số và mẫu số; hãy để trống.");
        assertRefused(mvc, jdbc, edit(poorRate, "RATE", poorRate, households), "partId",
                "Chỉ tiêu không được là tử số hay mẫu số của chính nó.");
        assertRefused(mvc, jdbc, edit(households, "RATE", poor, indicators.byCode("EMPLOYED").orElseThrow().id()), "aggregation",
                "Chỉ tiêu này là tử số hoặc mẫu số của tỷ lệ «POOR_RATE», nên không thể là tỷ lệ.");
    }

    @Test
    void eachOtherRuleIsSaidBesideItsFieldAndNothingIsWritten() throws Exception {
        assertRefused(mvc, jdbc, add("code", ""), "code", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("code", "HOUSEHOLDS"), "code", "Mã «HOUSEHOLDS» đã được dùng.");
        assertRefused(mvc, jdbc, add("code", "HỘ CẬN NGHÈO"), "code",
                "Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch dưới và gạch ngang, tối đa 60 ký tự.");
        assertRefused(mvc, jdbc, add("nameVi", ""), "nameVi", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("nameEn", ""), "nameEn", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("domain", ""), "domain", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("measure", "x".repeat(41)), "measure", "Dài quá 40 ký tự.");
        assertRefused(mvc, jdbc, add("aggregation", ""), "aggregation", "Cần nhập mục này.");
    }

    @Test
    void anEditIsAuditedWithTheValuesBeforeAndAfterAndNeverChangesTheCode() throws Exception {
        long last = audit.lastId();
        mvc.perform(edit(poorRate, "RATE", poor, households, "code", "TY_LE_KHAC", "nameEn", "Poor household rate"))
                .andExpect(redirectedUrl("/admin/indicators#indicator-" + poorRate));

        Indicator changed = indicators.byId(poorRate).orElseThrow();
        assertThat(changed.code()).isEqualTo("POOR_RATE");
        assertThat(changed.nameEn()).isEqualTo("Poor household rate");
        List<AuditEvent> written = audit.since(last);
        assertThat(written).extracting(AuditEvent::action, AuditEvent::entityType, AuditEvent::entityId, AuditEvent::unitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UPDATE", "indicator", Long.toString(poorRate), null));
        assertThat(written.get(0).oldValue()).contains("\"nameEn\":\"Poverty rate\"");
        assertThat(written.get(0).newValue()).contains("\"nameEn\":\"Poor household rate\"", "\"code\":\"POOR_RATE\"");
        String page = withUniqueIds(mvc.perform(get("/admin/indicators/" + poorRate)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).contains("value=\"POOR_RATE\" readonly", "Mã không đổi được sau khi tạo");
        mvc.perform(get("/admin/indicators/999999")).andExpect(status().isNotFound());
    }

    @Test
    void aChangeOverANewerSaveIsRefusedNamingWhoAndWhenBesideTheSavedIndicator() throws Exception {
        MockHttpServletRequestBuilder mine = edit(poor, "SUM", null, null, "nameEn", "Households in poverty (Bình)");
        mvc.perform(edit(poor, "SUM", null, null, "nameEn", "Poor households (Lan)").with(user("lan.quantri").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());

        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(mine)
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("Chỉ tiêu này vừa được lan.quantri lưu lúc", "Poor households (Lan)",
                "value=\"Households in poverty (Bình)\"", "Lưu bản của tôi",
                "name=\"version\" value=\"" + indicators.version(poor).version() + "\"");
        assertThat(indicators.byId(poor).orElseThrow().nameEn()).isEqualTo("Poor households (Lan)");
    }

    @Test
    void theApiAnswersAStaleChangeWith409InTheProblemShape() throws Exception {
        String body = "{\"nameVi\":\"Hộ nghèo\",\"nameEn\":\"%s\",\"domain\":\"POVERTY\",\"measure\":\"hộ\","
                + "\"aggregation\":\"SUM\",\"version\":" + indicators.version(poor).version() + "}";
        mvc.perform(put("/api/v1/admin/indicators/" + poor).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("Poor (Lan)")).with(user("lan.quantri").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(indicators.version(poor).version()));
        mvc.perform(put("/api/v1/admin/indicators/" + poor).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("Poor (Bình)")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("indicator.conflict"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Chỉ tiêu này vừa được lan.quantri lưu lúc")));
        assertThat(indicators.byId(poor).orElseThrow().nameEn()).isEqualTo("Poor (Lan)");
    }

    @Test
    void onlyAnAdministratorMayOpenOrChangeTheIndicators() throws Exception {
        var viewer = user("xem.chitieu").roles("VIEWER");
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(get("/admin/indicators").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/indicators/" + poorRate).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(add().with(viewer)).andExpect(status().isForbidden());
        mvc.perform(edit(poorRate, "SUM", null, null).with(viewer)).andExpect(status().isForbidden());
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    /** A valid new count of households, but for the fields given (name, value, name, value…). */
    private MockHttpServletRequestBuilder add(String... changes) {
        return form("/admin/indicators", Map.of("code", "NEAR_POOR_RATE", "nameVi", "Tỷ lệ hộ cận nghèo", "nameEn",
                "Near-poor rate", "domain", "POVERTY", "measure", "hộ", "aggregation", "SUM"), changes);
    }

    private MockHttpServletRequestBuilder rate(long part, long whole) {
        return add("aggregation", "RATE", "measure", "%", "partId", Long.toString(part), "wholeId", Long.toString(whole));
    }

    /** The indicator as it is but for its aggregation, part and whole, and the changes given (name, value…). */
    private MockHttpServletRequestBuilder edit(long id, String aggregation, Long part, Long whole, String... changes) {
        Indicator indicator = indicators.byId(id).orElseThrow();
        return form("/admin/indicators/" + id, Map.of("nameVi", indicator.nameVi(), "nameEn", indicator.nameEn(),
                "domain", indicator.domain().name(), "measure", indicator.measure(), "aggregation", aggregation,
                "partId", part == null ? "" : part.toString(), "wholeId", whole == null ? "" : whole.toString(),
                "version", Integer.toString(indicators.version(id).version())), changes);
    }
}
