package vn.ansinh.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.shared.Domain;
import vn.ansinh.support.IntegrationTest;

/**
 * The departments responsible for the domains as the migration seeds them — the district's office of labour,
 * invalids and social affairs for all four until 30/06/2025, the four departments since — looked up by day and
 * by a programme's year, listed on the administrator's page and the API, and a period added there (checked
 * beside each field, the period it follows ended, both audited).
 */
@IntegrationTest
class ResponsibilitiesTest {

    @Autowired
    Responsibilities responsibilities;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedProgrammeOf2019HasTheDistrictOfficeForAllFourDomains() {
        LocalDate day = LocalDate.of(2019, 2, 15);
        for (Domain domain : Domain.values()) {
            assertThat(responsibilities.departmentOf(domain, null, day)).as("%s in 2019", domain).map(Department::code)
                    .contains("LDTBXH");
        }
        assertThat(responsibilities.departmentOf(Domain.LABOUR, "VOCATIONAL_TRAINEES", day)).map(Department::name)
                .contains("Phòng Lao động – Thương binh và Xã hội");
        assertThat(responsibilities.during(2019)).extracting(Department::code).containsExactly("LDTBXH");
        assertThat(responsibilities.departmentOf(Domain.POVERTY, null, LocalDate.of(2025, 6, 30))).map(Department::code)
                .contains("LDTBXH");
    }

    @Test
    void in2026FourDepartmentsShareTheWorkAndVocationalTrainingGoesToEducation() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(responsibilities.departmentOf(Domain.PEOPLE_WITH_MERIT, null, day)).map(Department::name).contains("Sở Nội vụ");
        assertThat(responsibilities.departmentOf(Domain.LABOUR, "JOBS_CREATED", day)).map(Department::code).contains("SNV");
        assertThat(responsibilities.departmentOf(Domain.LABOUR, "VOCATIONAL_TRAINEES", day)).map(Department::name)
                .contains("Sở Giáo dục và Đào tạo");
        assertThat(responsibilities.departmentOf(Domain.LABOUR, "SKILL_CERTIFICATES", day)).map(Department::code).contains("SGDDT");
        assertThat(responsibilities.departmentOf(Domain.POVERTY, "POOR_RATE", day)).map(Department::name)
                .contains("Sở Nông nghiệp và Môi trường");
        assertThat(responsibilities.departmentOf(Domain.CHILDREN_SOCIAL_PROTECTION, null, day)).map(Department::nameEn)
                .contains("Department of Health");
        assertThat(responsibilities.departmentOf(Domain.POVERTY, null, LocalDate.of(2025, 7, 1))).map(Department::code)
                .contains("SNNMT");
        assertThat(responsibilities.during(2026)).extracting(Department::code)
                .containsExactlyInAnyOrder("SNV", "SGDDT", "SNNMT", "SYT");
        assertThat(responsibilities.during(2025)).extracting(Department::code)
                .containsExactlyInAnyOrder("LDTBXH", "SNV", "SGDDT", "SNNMT", "SYT").first().isEqualTo("LDTBXH");
    }

    @Test
    void theCutOfAYearKeepsWhatTheDepartmentHadOnSomeDayOfIt() {
        DepartmentCut education2025 = responsibilities.cut("SGDDT", 2025);
        assertThat(education2025.keeps(Domain.LABOUR, "VOCATIONAL_TRAINEES")).isTrue();
        assertThat(education2025.keeps(Domain.LABOUR, "JOBS_CREATED")).isFalse();
        DepartmentCut office2025 = responsibilities.cut("LDTBXH", 2025);
        assertThat(office2025.keeps(Domain.LABOUR, "VOCATIONAL_TRAINEES")).as("until 30/06/2025").isTrue();
        assertThat(office2025.keeps(Domain.CHILDREN_SOCIAL_PROTECTION, "CHILD_FRIENDLY_COMMUNES")).isTrue();
        assertThat(responsibilities.cut("SNV", 2026).keeps(Domain.POVERTY, "POOR_RATE")).isFalse();
        assertThat(responsibilities.cut("", 2026).keeps(Domain.POVERTY, "POOR_RATE")).as("no cut").isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responsibilities.cut("SNV", 2019))
                .isInstanceOf(UnknownDepartmentException.class);
    }

    @Test
    void theApiGivesThePeriodsValidOnTheDay() throws Exception {
        String in2019 = mvc.perform(get("/api/v1/responsibilities").param("on", "2019-02-15")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(in2019, "$[*].departmentCode")).containsExactly("LDTBXH", "LDTBXH",
                "LDTBXH", "LDTBXH");
        assertThat(JsonPath.<List<String>>read(in2019, "$[*].domain")).containsExactlyInAnyOrder("PEOPLE_WITH_MERIT",
                "LABOUR", "POVERTY", "CHILDREN_SOCIAL_PROTECTION");
        assertThat(JsonPath.<List<String>>read(in2019, "$[*].validTo")).containsOnly("2025-06-30");

        String in2026 = mvc.perform(get("/api/v1/responsibilities").param("on", "2026-03-01")).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(in2026, "$[*]");
        assertThat(rows).extracting(r -> r.get("domain") + "/" + r.get("indicatorCode") + "=" + r.get("departmentCode"))
                .containsExactlyInAnyOrder("PEOPLE_WITH_MERIT/null=SNV", "LABOUR/null=SNV",
                        "LABOUR/VOCATIONAL_TRAINEES=SGDDT", "LABOUR/SKILL_CERTIFICATES=SGDDT", "POVERTY/null=SNNMT",
                        "CHILDREN_SOCIAL_PROTECTION/null=SYT");
        assertThat(JsonPath.<List<String>>read(in2026, "$[?(@.departmentCode == 'SYT')].departmentName"))
                .containsExactly("Sở Y tế");
        assertThat(JsonPath.<List<String>>read(in2026, "$[?(@.departmentCode == 'SYT')].validFrom"))
                .containsExactly("2025-07-01");

        MvcResult wrong = mvc.perform(get("/api/v1/responsibilities").param("on", "31/06/2026")).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(wrong.getResponse().getContentType()).contains("application/problem+json");
    }

    @Test
    void thePageListsThePeriodsInVietnameseAndEnglish() throws Exception {
        String vi = page(get("/admin/responsibilities"));
        assertThat(vi).contains("Cơ quan phụ trách lĩnh vực", "Phòng Lao động – Thương binh và Xã hội (LDTBXH)",
                "Sở Giáo dục và Đào tạo (SGDDT)", "Đào tạo nghề", "30/06/2025", "01/07/2025", "Cả lĩnh vực");
        String en = page(get("/admin/responsibilities").param("lang", "en"));
        assertThat(en).contains("Departments responsible for the domains", "Department of Home Affairs (SNV)",
                "Office of Labour, Invalids and Social Affairs (LDTBXH)", "Vocational trainees", "The whole domain");
    }

    @Test
    void anAdministratorAddsAPeriodThatEndsTheOneItFollows() throws Exception {
        MvcResult blank = mvc.perform(post("/admin/responsibilities").with(csrf()).param("departmentCode", "so y te")
                .param("validFrom", "31/02/2090")).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(blank.getResponse().getContentAsString())).contains(
                "id=\"domain-problem\">Cần nhập mục này.", "id=\"departmentName-problem\">Cần nhập mục này.",
                "id=\"validFrom-problem\">31/02/2090 không phải là ngày có thật",
                "id=\"departmentCode-problem\">Mã chỉ gồm chữ in hoa không dấu");

        MvcResult renamed = add("CHILDREN_SOCIAL_PROTECTION", "SYT", "Sở Y tế tỉnh", "01/01/2090", "");
        assertThat(renamed.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(renamed.getResponse().getContentAsString()))
                .contains("id=\"departmentName-problem\">Mã này đã là mã của «Sở Y tế»");

        MvcResult added = add("CHILDREN_SOCIAL_PROTECTION", "SXH", "Sở Xã hội", "01/01/2090", "");
        assertThat(added.getResponse().getRedirectedUrl()).startsWith("/admin/responsibilities#responsibility-");
        assertThat(responsibilities.departmentOf(Domain.CHILDREN_SOCIAL_PROTECTION, null, LocalDate.of(2090, 1, 1)))
                .map(Department::code).contains("SXH");
        assertThat(responsibilities.departmentOf(Domain.CHILDREN_SOCIAL_PROTECTION, null, LocalDate.of(2089, 12, 31)))
                .map(Department::code).contains("SYT");
        assertThat(responsibilities.all()).filteredOn(r -> r.department().code().equals("SYT"))
                .extracting(Responsibility::validTo).containsExactly(LocalDate.of(2089, 12, 31));
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'domain_responsibility' order by id")
                .query(String.class).list()).containsExactly("UPDATE", "CREATE");

        MvcResult overlapping = add("CHILDREN_SOCIAL_PROTECTION", "SXH", "Sở Xã hội", "01/01/2085", "31/12/2086");
        assertThat(overlapping.getResponse().getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(overlapping.getResponse().getContentAsString()))
                .contains("id=\"validFrom-problem\">Trùng thời gian với giai đoạn Sở Y tế (01/07/2025 – 31/12/2089)");
    }

    private MvcResult add(String domain, String code, String name, String from, String to) throws Exception {
        return mvc.perform(post("/admin/responsibilities").with(csrf()).param("domain", domain)
                .param("departmentCode", code).param("departmentName", name).param("departmentNameEn", "Department")
                .param("validFrom", from).param("validTo", to).param("indicatorCode", "").param("legalBasis", ""))
                .andReturn();
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }
}
