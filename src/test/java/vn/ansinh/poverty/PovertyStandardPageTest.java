package vn.ansinh.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.support.IntegrationTest;

/**
 * «Chuẩn nghèo»: the standards with their lines, a household classified on the page, and the draft
 * corrected by an administrator — checked beside each field, audited — while an issued one stays.
 */
@IntegrationTest
class PovertyStandardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PovertyStandards standards;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheDraftBack() {
        PovertyStandard draft = draft();
        if (draft.threshold(Area.RURAL).orElseThrow().poorLine().compareTo(BigDecimal.valueOf(2_200_000)) != 0) {
            StandardDraft original = StandardDraft.of(draft);
            standards.updateDraft(draft.id(), new StandardDraft(original.name(), original.legalBasis(),
                    original.validFrom(), original.validTo(), original.rule(), original.deprivationThreshold(),
                    original.note(), "2.200.000", original.ruralNearPoorLine(), original.ruralMediumLine(),
                    original.urbanPoorLine(), original.urbanNearPoorLine(), original.urbanMediumLine(),
                    original.indicators()));
        }
    }

    @Test
    void theStandardsAreShownWithTheirLinesAndTheDraftMarked() throws Exception {
        String page = page(get("/poverty/standards")).getResponse().getContentAsString();
        assertThat(page).contains("Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020", "Quyết định số 59/2015/QĐ-TTg",
                "hiệu lực từ 01/01/2022 đến 31/12/2026", "1.500.000", "2.250.000", "1.300.000", "chưa kiểm chứng",
                "Xử lý rác thải", "href=\"/admin/poverty-standards/" + draft().id() + "\"");
        assertThat(page).doesNotContain("href=\"/admin/poverty-standards/" + issued().id() + "\"");
    }

    @Test
    void aHouseholdIsClassifiedOnThePage() throws Exception {
        MvcResult result = page(post("/poverty/standards/" + issued().id() + "/classify").with(csrf())
                .param("year", "2024").param("area", "RURAL").param("income", "1.200.000")
                .param("deprivations", "EMPLOYMENT", "NUTRITION", "WATER", "TELECOM"));
        assertThat(result.getResponse().getContentAsString())
                .contains("Hộ nghèo</strong>:", "thu nhập 1.200.000 đ ≤ chuẩn 1.500.000 đ và thiếu hụt 4/12 chỉ số → hộ nghèo");

        MvcResult refused = page(post("/poverty/standards/" + issued().id() + "/classify").with(csrf())
                .param("area", "RURAL").param("income", "một triệu"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("«một triệu» không phải số tiền");
    }

    @Test
    void aRefusedClassificationIsSaidBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        long id = issued().id();
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(page(post("/poverty/standards/" + id + "/classify")
                .with(csrf()).param("year", "2019").param("area", "URBAN").param("income", "một triệu")
                .param("deprivations", "WATER")).getResponse().getContentAsString());

        assertThat(page).contains("id=\"income-" + id + "-problem\">«một triệu» không phải số tiền",
                "value=\"một triệu\"", "value=\"2019\"", "Có mục chưa đúng");
        assertThat(page).containsPattern("value=\"URBAN\" selected");
        assertThat(page).containsPattern("value=\"WATER\"[^>]*checked");

        String uncovered = org.springframework.web.util.HtmlUtils.htmlUnescape(page(post("/poverty/standards/" + id
                + "/classify").with(csrf()).param("year", "1990").param("area", "RURAL").param("income", "1.000.000"))
                .getResponse().getContentAsString());
        assertThat(uncovered).contains("id=\"year-" + id + "-problem\">không có chuẩn nghèo cho năm 1990; các chuẩn có:");
    }

    @Test
    void anAdministratorCorrectsTheDraftAndTheChangeIsAudited() throws Exception {
        long audited = audited();
        MvcResult saved = page(edit(draft().id(), "ruralPoorLine", "2.300.000"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/poverty/standards#standard-" + draft().id());
        assertThat(draft().threshold(Area.RURAL).orElseThrow().poorLine()).isEqualByComparingTo("2300000");
        assertThat(standards.classify(new ClassificationRequest(2027, Area.RURAL, BigDecimal.valueOf(2_250_000),
                java.util.List.of())).classification()).isEqualTo(Classification.NEAR_POOR);
        assertThat(audited()).isEqualTo(audited + 1);
    }

    @Test
    void wrongValuesAreNamedBesideTheirFieldsAndNothingChanges() throws Exception {
        PovertyStandard before = draft();
        MvcResult refused = page(edit(before.id(), "ruralNearPoorLine", "2.000.000", "validFrom", "2025-07-01",
                "urbanPoorLine", "hai triệu", "deprivationThreshold", "0",
                "indicators", "EMPLOYMENT | Việc làm | Việc làm | Employment\nnuoc | Nước | Nước"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains(
                "phải cao hơn chuẩn nghèo 2.200.000 đ", "thời gian hiệu lực trùng với Chuẩn nghèo đa chiều giai đoạn 2022–2025",
                "«hai triệu» không phải số tiền nguyên dương", "số chỉ số phải là số nguyên từ 1 đến",
                "dòng 2 cần đủ 4 phần");
        assertThat(draft()).isEqualTo(before);
    }

    @Test
    void anIssuedStandardIsNotChanged() throws Exception {
        PovertyStandard before = issued();
        assertThat(page(get("/admin/poverty-standards/" + before.id())).getResponse().getContentAsString())
                .contains("Chuẩn này đã ban hành nên không sửa được.").doesNotContain("name=\"ruralPoorLine\"");
        assertThat(page(post("/admin/poverty-standards/" + before.id()).with(csrf()).param("ruralPoorLine", "1"))
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(issued()).isEqualTo(before);
    }

    /** The draft's own form, as it is shown, sent back with some fields changed: name, value, name, value … */
    private MockHttpServletRequestBuilder edit(long id, String... changes) {
        StandardDraft form = StandardDraft.of(standards.byId(id).orElseThrow());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", form.name());
        fields.put("legalBasis", form.legalBasis());
        fields.put("validFrom", form.validFrom());
        fields.put("validTo", form.validTo());
        fields.put("rule", form.rule().name());
        fields.put("deprivationThreshold", form.deprivationThreshold());
        fields.put("note", form.note());
        fields.put("ruralPoorLine", form.ruralPoorLine());
        fields.put("ruralNearPoorLine", form.ruralNearPoorLine());
        fields.put("ruralMediumLine", form.ruralMediumLine());
        fields.put("urbanPoorLine", form.urbanPoorLine());
        fields.put("urbanNearPoorLine", form.urbanNearPoorLine());
        fields.put("urbanMediumLine", form.urbanMediumLine());
        fields.put("indicators", form.indicators());
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/poverty-standards/" + id).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'poverty_standard' and action = 'UPDATE'")
                .query(Long.class).single();
    }

    private PovertyStandard draft() {
        return standards.all().stream().filter(PovertyStandard::draft).findFirst().orElseThrow();
    }

    private PovertyStandard issued() {
        return standards.forYear(2024).orElseThrow();
    }
}
