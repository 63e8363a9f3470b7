package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * «Báo cáo định kỳ» in the browser's place: a report opened from the period's list, saved with
 * Vietnamese numbers, submitted and approved; each refusal shown in Vietnamese and changing nothing.
 */
@IntegrationTest
class ReportPagesTest {

    private static final int YEAR = 2095;
    private static final String FEBRUARY = YEAR + "-02";
    private static final String OFFICER = "canbo.an.baocao";

    @Autowired
    MockMvc mvc;
    @Autowired
    Reports reports;
    @Autowired
    Units units;
    @Autowired
    Indicators indicators;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;

    long programme;
    long camAn;
    long jobs;

    @BeforeEach
    void setUp() {
        programme = SeedOfYear.of(jdbc, importer, YEAR).programmeId();
        camAn = units.byCode(SeedScopes.CAM_AN).orElseThrow().id();
        jobs = indicators.byCode("JOBS_CREATED").orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
    }

    @Test
    void aReportIsFiledSubmittedAndApprovedFromItsPages() throws Exception {
        mvc.perform(get("/programmes/{id}/reports", programme).param("period", FEBRUARY)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn gửi 05/03/" + YEAR + ": 15 đơn vị phải báo cáo, 0 đã gửi")))
                .andExpect(content().string(containsString("Cam An")))
                .andExpect(content().string(containsString(">Quý II/" + YEAR + "</option>")))
                .andExpect(content().string(containsString(">Cả năm " + YEAR + "</option>")));
        long report = open(camAn);
        String url = "/programmes/" + programme + "/reports/" + report;
        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"amounts[" + jobs + "]\"")))
                .andExpect(content().string(containsString("data-target=\"" + jobs + "\">215 người<")))
                .andExpect(content().string(containsString("ghi 1 nếu xã đạt, 0 nếu chưa")))
                .andExpect(content().string(containsString("Giải quyết việc làm")))
                .andExpect(content().string(containsString(">Báo cáo tháng 2/" + YEAR + " — Xã Cam An</h1>")))
                .andExpect(content().string(containsString("<title>Báo cáo tháng 2/" + YEAR + " — Xã Cam An</title>")));

        mvc.perform(step(url, "save", 0).param(field(jobs), "1.250").param("difficulties", "Thiếu việc làm tại chỗ"))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("saved", "Báo cáo tháng 2/" + YEAR + " — Xã Cam An: đã lưu."));
        assertThat(amount(report)).isEqualByComparingTo("1250");
        mvc.perform(get(url)).andExpect(content().string(containsString("value=\"1.250\"")));

        mvc.perform(step(url, "submit", 1).param(field(jobs), "1.250")).andExpect(flash().attribute("saved", containsString("đã gửi")));
        mvc.perform(step(url, "return", 3).param("comment", "   ")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"comment-problem\">trả lại báo cáo cần ý kiến: cần sửa gì<")));
        mvc.perform(step(url, "approve", 3)).andExpect(flash().attribute("saved", containsString("đã duyệt")));
        assertThat(reports.byId(report, AccessScope.everything()).state()).isEqualTo(ReportState.APPROVED);
        mvc.perform(get(url)).andExpect(content().string(containsString("Trạng thái: đã duyệt")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"save\""))));
        mvc.perform(get("/programmes/{id}/reports/consolidated", programme).param("period", FEBRUARY))
                .andExpect(content().string(containsString("data-code=\"JOBS_CREATED\">1.250<")));
    }

    @Test
    void aStaleSaveAWrongNumberAndAnIllegalStepAreRefusedInVietnameseKeepingWhatWasTyped() throws Exception {
        long report = open(units.byCode(SeedScopes.TOWNSHIP).orElseThrow().id());
        String url = "/programmes/" + programme + "/reports/" + report;
        String title = "Báo cáo tháng 2/" + YEAR + " — Thị trấn Cam Lộ";
        mvc.perform(step(url, "save", 0).param(field(jobs), "5").param("difficulties", "Bản thứ nhất"))
                .andExpect(flash().attribute("saved", title + ": đã lưu."));

        mvc.perform(step(url, "save", 0).param(field(jobs), "9").param("difficulties", "Bản thứ hai, chưa lưu"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(title + " vừa được quantri-test lưu lúc")))
                .andExpect(content().string(containsString("data-theirs=\"" + jobs + "\">5<")))
                .andExpect(content().string(containsString("id=\"theirs-difficulties\">Bản thứ nhất<")))
                .andExpect(content().string(containsString("value=\"9\"")))
                .andExpect(content().string(containsString(">Bản thứ hai, chưa lưu</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(step(url, "save", 1).param(field(jobs), "năm").param("difficulties", "Giữ nguyên khi sai số"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"f" + jobs + "-problem\">Không phải số: viết như 1.234 hoặc 9,5<")))
                .andExpect(content().string(containsString("value=\"năm\"")))
                .andExpect(content().string(containsString(">Giữ nguyên khi sai số</textarea>")));
        mvc.perform(step(url, "approve", 1)).andExpect(status().isConflict()).andExpect(content().string(
                containsString(title + ": báo cáo đang soạn nên không duyệt được; chỉ duyệt báo cáo đã gửi")));
        assertThat(amount(report)).isEqualByComparingTo("5");
        assertThat(reports.byId(report, AccessScope.everything()).version()).isEqualTo(1);

        mvc.perform(step(url, "save", 1).param(field(jobs), "9").param("difficulties", "Bản thứ hai, chưa lưu"))
                .andExpect(flash().attribute("saved", title + ": đã lưu."));
        assertThat(amount(report)).as("the user chose their version over the saved one").isEqualByComparingTo("9");
    }

    @Test
    @WithMockUser(username = OFFICER, roles = "OFFICER")
    void aCommuneOfficerFilesTheirOwnReportOnlyAndCannotApproveIt() throws Exception {
        long township = units.byCode(SeedScopes.TOWNSHIP).orElseThrow().id();
        mvc.perform(post("/programmes/{id}/reports/open", programme).with(csrf()).param("period", "" + march())
                .param("kind", "UNIT").param("reporter", "" + township)).andExpect(status().isNotFound());

        long report = open(camAn, march());
        String url = "/programmes/" + programme + "/reports/" + report;
        mvc.perform(step(url, "submit", 0).param(field(jobs), "7")).andExpect(flash().attribute("saved", containsString("đã gửi")));
        assertThat(amount(report)).as("what the form held when sent is kept").isEqualByComparingTo("7");
        mvc.perform(step(url, "approve", 2)).andExpect(status().isForbidden()).andExpect(content().string(
                containsString("Xã Cam An: chỉ cơ quan điều phối (quản trị) mới duyệt, trả lại hoặc mở lại báo cáo")));
        assertThat(reports.byId(report, AccessScope.everything()).state()).isEqualTo(ReportState.SUBMITTED);
        mvc.perform(get("/programmes/{id}/reports/consolidated", programme).param("period", YEAR + "-03"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Chưa có báo cáo nào")));
    }

    @Test
    void anApprovedReportWithoutFiguresIsCountedAndTheEmptyTableSaysWhy() throws Exception {
        long report = open(camAn, period(YEAR + "-04"));
        String url = "/programmes/" + programme + "/reports/" + report;
        mvc.perform(step(url, "submit", 0)).andExpect(flash().attribute("saved", containsString("đã gửi")));
        mvc.perform(step(url, "approve", 2)).andExpect(flash().attribute("saved", containsString("đã duyệt")));
        mvc.perform(get("/programmes/{id}/reports/consolidated", programme).param("period", YEAR + "-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Các báo cáo đã duyệt của kỳ này chưa ghi số liệu nào")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Chưa có báo cáo nào"))));
    }

    private long open(long unit) throws Exception {
        return open(unit, period(FEBRUARY));
    }

    private long open(long unit, long period) throws Exception {
        String location = mvc.perform(post("/programmes/{id}/reports/open", programme).with(csrf())
                        .param("period", "" + period).param("kind", "UNIT").param("reporter", "" + unit))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/programmes/" + programme + "/reports/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder step(String url, String action,
            int version) {
        return post(url).with(csrf()).param("action", action).param("version", "" + version);
    }

    private static String field(long indicator) {
        return "amounts[" + indicator + "]";
    }

    private long march() {
        return period(YEAR + "-03");
    }

    private long period(String code) {
        return reports.periods(programme, AccessScope.everything()).stream().filter(p -> p.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    private java.math.BigDecimal amount(long report) {
        return reports.byId(report, AccessScope.everything()).figures().stream().filter(f -> f.indicatorId() == jobs)
                .findFirst().orElseThrow().amount();
    }
}
