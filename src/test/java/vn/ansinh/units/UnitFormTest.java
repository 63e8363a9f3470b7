package vn.ansinh.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.support.FormPages.assertRefused;
import static vn.ansinh.support.FormPages.form;
import static vn.ansinh.support.FormPages.withUniqueIds;
import static vn.ansinh.support.FormPages.problemOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditRows;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;

/**
 * The unit tree's pages: a unit is added under its parent and belongs to it at once; each rule
 * broken is said beside its field (422) and nothing is written; an edit is audited with the values
 * before and after; only administrators get in. Each test rolls back: the shared seed stays.
 */
@IntegrationTest
@Transactional
class UnitFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    AuditRows audit;
    long province;
    long camLo;
    long camAn;

    @BeforeEach
    void units() {
        audit = new AuditRows(jdbc);
        province = units.byCode("QT").orElseThrow().id();
        camLo = units.byCode("QT.CL").orElseThrow().id();
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
    }

    @Test
    void theTreeListsEveryUnitBelowItsParentWithKindAndCode() throws Exception {
        String page = withUniqueIds(mvc.perform(get("/admin/units")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).contains("Đơn vị hành chính", "QT.CL.AN", "thị trấn", "tree-depth-2", "Thêm đơn vị trực thuộc")
                .containsSubsequence("Quảng Trị", "Cam Lộ", "Cam An", "Cam Thanh", "Cam Nghĩa");
    }

    @Test
    void aCommuneAddedUnderCamLoIsAMemberOfCamLoAndItsCreationIsAudited() throws Exception {
        long last = audit.lastId();
        mvc.perform(post("/admin/units").with(csrf()).param("parentId", Long.toString(camLo)).param("kind", "COMMUNE")
                .param("code", " QT.CL.MOI ").param("name", "Cam Mới").param("validFrom", "2019-01-01"))
                .andExpect(status().is3xxRedirection());

        AdministrativeUnit created = units.byCode("QT.CL.MOI").orElseThrow();
        assertThat(created).isEqualTo(new AdministrativeUnit(created.id(), camLo, UnitKind.COMMUNE, "QT.CL.MOI",
                "Cam Mới", LocalDate.of(2019, 1, 1), null, null));
        assertThat(units.members(camLo, 2019)).contains(created);
        List<AuditEvent> written = audit.since(last);
        assertThat(written).extracting(AuditEvent::action, AuditEvent::entityType, AuditEvent::entityId, AuditEvent::unitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE", "administrative_unit",
                        Long.toString(created.id()), created.id()));
        assertThat(written.get(0).oldValue()).isNull();
        assertThat(written.get(0).newValue()).contains("\"name\":\"Cam Mới\"", "\"code\":\"QT.CL.MOI\"",
                "\"validFrom\":\"2019-01-01\"");
        assertThat(mvc.perform(get("/admin/units")).andReturn().getResponse().getContentAsString()).contains("Cam Mới");
    }

    @Test
    void eachRuleBrokenIsSaidBesideItsFieldAndNothingIsWritten() throws Exception {
        assertRefused(mvc, jdbc, add("code", ""), "code", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("code", "QT.CL.AN"), "code", "Mã «QT.CL.AN» đã được dùng.");
        assertRefused(mvc, jdbc, add("code", "Cam Mới"), "code",
                "Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm và gạch ngang, tối đa 40 ký tự.");
        assertRefused(mvc, jdbc, add("code", "Q".repeat(41)), "code", "Dài quá 40 ký tự.");
        assertRefused(mvc, jdbc, add("name", " "), "name", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("name", "C".repeat(201)), "name", "Dài quá 200 ký tự.");
        assertRefused(mvc, jdbc, add("kind", ""), "kind", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("parentId", "999999"), "parentId", "Không có đơn vị cấp trên này.");
        assertRefused(mvc, jdbc, add("validFrom", "2025-07-01", "validTo", "2025-06-30"), "validTo",
                "Ngày hết hiệu lực không được trước ngày có hiệu lực.");
    }

    @Test
    void aUnitCannotBePutBelowItselfOrBelowAUnitUnderIt() throws Exception {
        String cycle = "Đơn vị cấp trên không được là chính đơn vị này hay một đơn vị trực thuộc nó.";
        assertRefused(mvc, jdbc, edit(province, "Quảng Trị", "PROVINCE", camAn), "parentId", cycle);
        assertRefused(mvc, jdbc, edit(camLo, "Cam Lộ", "DISTRICT", camLo), "parentId", cycle);
        assertThat(units.byId(province).orElseThrow().parentId()).isNull();
    }

    @Test
    void allProblemsAreSaidAtOnceAndTheValuesEnteredStay() throws Exception {
        String page = mvc.perform(post("/admin/units").with(csrf()).param("code", "QT.CL.AN").param("name", "Cam Xyz")
                .param("validFrom", "2025-07-01").param("validTo", "2025-01-01"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Có mục chưa đúng; chưa lưu gì.", "value=\"Cam Xyz\"", "value=\"2025-07-01\"", "is-invalid");
        assertThat(List.of("code", "kind", "validTo")).allSatisfy(field -> assertThat(problemOf(page, field)).isNotNull());
        assertThat(problemOf(page, "name")).isNull();
    }

    @Test
    void anEditIsAuditedWithTheValuesBeforeAndAfterAndTheCodeStays() throws Exception {
        long last = audit.lastId();
        mvc.perform(edit(camAn, "Cam An Mới", "COMMUNE", camLo).param("code", "QT.CL.KHAC").param("validTo", "2025-06-30"))
                .andExpect(redirectedUrl("/admin/units#unit-" + camAn));

        assertThat(units.byId(camAn).orElseThrow()).isEqualTo(new AdministrativeUnit(camAn, camLo, UnitKind.COMMUNE,
                "QT.CL.AN", "Cam An Mới", null, LocalDate.of(2025, 6, 30), null));
        AuditEvent event = audit.since(last).get(0);
        assertThat(audit.since(last)).hasSize(1);
        assertThat(List.of(event.action(), event.entityType(), event.entityId()))
                .containsExactly("UPDATE", "administrative_unit", Long.toString(camAn));
        assertThat(event.oldValue()).contains("\"name\":\"Cam An\"", "\"validTo\":null");
        assertThat(event.newValue()).contains("\"name\":\"Cam An Mới\"", "\"code\":\"QT.CL.AN\"", "\"validTo\":\"2025-06-30\"");
    }

    @Test
    void anEditThatChangesNothingWritesNothing() throws Exception {
        long last = audit.lastId();
        mvc.perform(edit(camAn, "Cam An", "COMMUNE", camLo)).andExpect(status().is3xxRedirection());
        assertThat(audit.since(last)).isEmpty();
    }

    @Test
    void theReformOf2025ClosesTheOldCommuneAndAddsTheNewOneUnderTheProvince() throws Exception {
        mvc.perform(edit(camAn, "Cam An", "COMMUNE", camLo).param("validTo", "2025-06-30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/units").with(csrf()).param("parentId", Long.toString(province)).param("kind", "COMMUNE")
                .param("code", "QT.CAMLO").param("name", "Cam Lộ").param("validFrom", "2025-07-01"))
                .andExpect(status().is3xxRedirection());

        assertThat(units.members(camLo, 2019)).extracting(AdministrativeUnit::name).contains("Cam An");
        assertThat(units.members(camLo, 2026)).extracting(AdministrativeUnit::name).doesNotContain("Cam An");
        assertThat(units.members(province, 2026)).extracting(AdministrativeUnit::code).contains("QT.CAMLO");
        assertThat(units.members(province, 2024)).extracting(AdministrativeUnit::code).doesNotContain("QT.CAMLO");
        assertThat(mvc.perform(get("/admin/units")).andReturn().getResponse().getContentAsString())
                .contains("– 30/06/2025", "01/07/2025 –", "hết hiệu lực");
    }

    @Test
    void theEditFormShowsTheUnitWithItsCodeReadOnlyAndNoUnitBelowItAsParent() throws Exception {
        String page = withUniqueIds(mvc.perform(get("/admin/units/" + camLo)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).contains("Sửa đơn vị Cam Lộ", "value=\"Cam Lộ\"", "value=\"QT.CL\" readonly",
                "value=\"" + province + "\" selected=\"selected\"").doesNotContain("value=\"" + camAn + "\"");
        mvc.perform(get("/admin/units/999999")).andExpect(status().isNotFound());
    }

    @Test
    void messagesFollowTheLanguage() throws Exception {
        String page = mvc.perform(add("name", "").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problemOf(page, "name")).isEqualTo("This field is required.");
    }

    @Test
    void onlyAnAdministratorMayOpenOrChangeTheTree() throws Exception {
        var viewer = user("xem.donvi").roles("VIEWER");
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(get("/admin/units").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/units/" + camAn).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(add().with(viewer)).andExpect(status().isForbidden());
        mvc.perform(edit(camAn, "Cam Ác", "COMMUNE", camLo).with(viewer)).andExpect(status().isForbidden());
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        assertThat(units.byId(camAn).orElseThrow().name()).isEqualTo("Cam An");
    }

    /** A valid new commune under Cam Lộ, but for the fields given (name, value, name, value…). */
    private MockHttpServletRequestBuilder add(String... changes) {
        return form("/admin/units", Map.of("parentId", Long.toString(camLo), "kind", "COMMUNE",
                "code", "QT.CL.MOI", "name", "Cam Mới"), changes);
    }

    private MockHttpServletRequestBuilder edit(long id, String name, String kind, long parentId) {
        return post("/admin/units/" + id).with(csrf()).param("name", name).param("kind", kind)
                .param("parentId", Long.toString(parentId));
    }
}
