package vn.ansinh.partners;

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
import vn.ansinh.units.Units;

/**
 * The partner organisations' pages: listed by unit; a branch is added under its organisation;
 * each rule broken is said beside its field (422) and nothing is written; an edit is audited with
 * the values before and after; only administrators get in. Each test rolls back.
 */
@IntegrationTest
@Transactional
class OrganisationFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    AuditRows audit;
    long camAn;
    long farmers;

    @BeforeEach
    void seed() {
        audit = new AuditRows(jdbc);
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        farmers = partners.byCode("CL.HND").orElseThrow().id();
    }

    @Test
    void organisationsAreListedByUnitInTheOrderOfTheTree() throws Exception {
        String page = withUniqueIds(mvc.perform(get("/admin/organisations")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).containsSubsequence("Cam Lộ", "Ủy ban nhân dân huyện Cam Lộ", "Hội Nông dân huyện Cam Lộ",
                "Cam An", "Ủy ban nhân dân xã Cam An", "Cam Thanh", "Ủy ban nhân dân xã Cam Thanh")
                .contains("Hội Nông dân", "CL.HND", "Thêm tổ chức");
    }

    @Test
    void aBranchAddedAtCamAnBelongsToTheFarmersAssociationAndItsCreationIsAudited() throws Exception {
        long last = audit.lastId();
        mvc.perform(add()).andExpect(status().is3xxRedirection());

        PartnerOrganisation branch = partners.byCode("AN.HND").orElseThrow();
        assertThat(branch).isEqualTo(new PartnerOrganisation(branch.id(), camAn, farmers,
                OrganisationKind.FARMERS_ASSOCIATION, "AN.HND", "Chi hội Nông dân xã Cam An", "Chi hội ND Cam An"));
        assertThat(partners.branches(farmers)).contains(branch);
        List<AuditEvent> written = audit.since(last);
        assertThat(written).hasSize(1);
        assertThat(List.of(written.get(0).action(), written.get(0).entityType(), written.get(0).entityId()))
                .containsExactly("CREATE", "partner_organisation", Long.toString(branch.id()));
        assertThat(written.get(0).unitId()).isEqualTo(camAn);
        assertThat(written.get(0).newValue()).contains("\"shortName\":\"Chi hội ND Cam An\"", "\"parentId\":" + farmers);
    }

    @Test
    void eachRuleBrokenIsSaidBesideItsFieldAndNothingIsWritten() throws Exception {
        assertRefused(mvc, jdbc, add("unitId", ""), "unitId", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("unitId", "999999"), "unitId", "Không có đơn vị này.");
        assertRefused(mvc, jdbc, add("code", "CL.HND"), "code", "Mã «CL.HND» đã được dùng.");
        assertRefused(mvc, jdbc, add("code", "HỘI ND"), "code",
                "Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm và gạch ngang, tối đa 40 ký tự.");
        assertRefused(mvc, jdbc, add("kind", ""), "kind", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("name", ""), "name", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("shortName", " "), "shortName", "Cần nhập mục này.");
        assertRefused(mvc, jdbc, add("shortName", "N".repeat(101)), "shortName", "Dài quá 100 ký tự.");
        assertRefused(mvc, jdbc, add("parentId", "999999"), "parentId", "Không có tổ chức cấp trên này.");
    }

    @Test
    void anOrganisationCannotBeABranchOfItselfOrOfItsOwnBranch() throws Exception {
        mvc.perform(add()).andExpect(status().is3xxRedirection());
        long branch = partners.byCode("AN.HND").orElseThrow().id();
        String cycle = "Tổ chức cấp trên không được là chính tổ chức này hay một chi hội, cơ sở của nó.";
        assertRefused(mvc, jdbc, edit(farmers, branch), "parentId", cycle);
        assertRefused(mvc, jdbc, edit(farmers, farmers), "parentId", cycle);
        assertThat(partners.byId(farmers).orElseThrow().parentId()).isNull();
    }

    @Test
    void anEditIsAuditedWithTheValuesBeforeAndAfterAndTheCodeStays() throws Exception {
        long last = audit.lastId();
        mvc.perform(edit(farmers, null).param("code", "CL.KHAC"))
                .andExpect(redirectedUrl("/admin/organisations#organisation-" + farmers));

        PartnerOrganisation changed = partners.byId(farmers).orElseThrow();
        assertThat(changed.code()).isEqualTo("CL.HND");
        assertThat(changed.shortName()).isEqualTo("Hội Nông dân");
        List<AuditEvent> written = audit.since(last);
        assertThat(written).extracting(AuditEvent::action, AuditEvent::entityType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UPDATE", "partner_organisation"));
        assertThat(written.get(0).oldValue()).contains("\"shortName\":\"Hội ND\"");
        assertThat(written.get(0).newValue()).contains("\"shortName\":\"Hội Nông dân\"", "\"code\":\"CL.HND\"");
    }

    @Test
    void theEditFormLeavesTheOrganisationAndItsBranchesOutOfTheParentsOffered() throws Exception {
        mvc.perform(add()).andExpect(status().is3xxRedirection());
        long branch = partners.byCode("AN.HND").orElseThrow().id();
        String page = withUniqueIds(mvc.perform(get("/admin/organisations/" + farmers)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page).contains("Sửa tổ chức Hội Nông dân huyện Cam Lộ", "value=\"CL.HND\" readonly",
                "Ủy ban nhân dân huyện Cam Lộ (CL.UBND)").doesNotContain("Chi hội Nông dân xã Cam An (AN.HND)");
        assertThat(mvc.perform(get("/admin/organisations/" + branch)).andReturn().getResponse().getContentAsString())
                .contains("value=\"" + farmers + "\" selected=\"selected\"");
        mvc.perform(get("/admin/organisations/999999")).andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdministratorMayOpenOrChangeTheOrganisations() throws Exception {
        var viewer = user("xem.tochuc").roles("VIEWER");
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(get("/admin/organisations").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations/" + farmers).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(add().with(viewer)).andExpect(status().isForbidden());
        mvc.perform(edit(farmers, null).with(viewer)).andExpect(status().isForbidden());
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    /** A valid branch of the district's farmers' association at Cam An, but for the fields given (name, value…). */
    private MockHttpServletRequestBuilder add(String... changes) {
        return form("/admin/organisations", Map.of("unitId", Long.toString(camAn), "parentId",
                Long.toString(farmers), "kind", "FARMERS_ASSOCIATION", "code", "AN.HND", "name",
                "Chi hội Nông dân xã Cam An", "shortName", "Chi hội ND Cam An"), changes);
    }

    /** The farmers' association as it is, with a longer short name, under the given parent (or none). */
    private MockHttpServletRequestBuilder edit(long id, Long parentId) {
        PartnerOrganisation organisation = partners.byId(id).orElseThrow();
        return post("/admin/organisations/" + id).with(csrf()).param("unitId", organisation.unitId().toString())
                .param("parentId", parentId == null ? "" : parentId.toString()).param("kind", organisation.kind().name())
                .param("name", organisation.name()).param("shortName", "Hội Nông dân");
    }
}
