package vn.ansinh.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PartyKind;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.targets.Indicators;

/**
 * A commune's March report carries its commitments: done needs a line of evidence, saved with the report while it is
 * a draft, read-only once approved; the consolidated report and the parties page count them on track. The Front,
 * which files no periodic report, records its progress on its party page; a commitment in progress past its due date
 * is on track today but not at the end of the period that passed it.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommitmentProgressTest {

    private static final AccessScope OFFICE = AccessScope.everything();
    private static final String OFFICER = "canbo.camket";

    @Autowired
    Commitments commitments;
    @Autowired
    ProgrammeParties parties;
    @Autowired
    ProgressBook progress;
    @Autowired
    Reports reports;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Indicators indicators;
    @Autowired
    UserAccounts accounts;

    long programme;
    ReportingPeriod march;
    ProgrammeParty commune;
    ProgrammeParty front;

    @BeforeEach
    void programme() {
        programme = SeedOfYear.of(jdbc, importer, CommitmentsTest.YEAR).programmeId();
        march = reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(CommitmentsTest.YEAR + "-03"))
                .findFirst().orElseThrow();
        List<ProgrammeParty> all = parties.of(programme);
        commune = all.stream().filter(p -> p.role() == PartyRole.MEMBER_COMMITTEES).findFirst().orElseThrow();
        front = all.stream().filter(p -> p.name().equals("UBMTTQVN huyện")).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void aCommunesReportCarriesItsCommitmentsAndDoneNeedsEvidence() throws Exception {
        Report report = reports.open(march.id(), ReporterKind.UNIT, commune.party().id(), "quantri-test", OFFICE);
        List<Commitment> own = commitments.ofParty(programme, commune.party());
        assertThat(own).hasSize(SeedDuties.read().ofOneParty(PartyRole.MEMBER_COMMITTEES));
        String page = page(report);
        assertThat(page).contains("id=\"report-commitments\"", ">Cam kết<", own.get(0).text());
        assertThat(page.split("id=\"commitment-", -1)).hasSize(own.size() + 1);

        long plan = own.get(0).id();
        long informing = own.get(1).id();
        MvcResult refused = save(report, Map.of(plan, "DONE"), Map.of());
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"ce" + plan + "-problem\"",
                "Đã hoàn thành thì cần ghi một dòng minh chứng.");
        assertThat(progress.ofPeriod(programme, march.code())).isEmpty();

        String evidence = "Kế hoạch số 12/KH-UBND ngày 05/03/2110 về giảm nghèo";
        MvcResult saved = save(report, Map.of(plan, "DONE", informing, "IN_PROGRESS"), Map.of(plan, evidence));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        Map<Long, CommitmentProgress> recorded = progress.ofPeriod(programme, march.code());
        assertThat(recorded).containsOnlyKeys(plan, informing);
        assertThat(recorded.get(plan).evidence()).isEqualTo(evidence);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'commitment_progress' "
                + "and entity_id = :id").param("id", plan + ":" + march.code()).query(Long.class).single()).isEqualTo(1);
        assertThat(page(report)).contains("value=\"" + evidence + "\"");
    }

    @Test
    @Order(2)
    void anApprovedReportShowsItsCommitmentsReadOnlyAndTheConsolidatedReportCountsThem() throws Exception {
        Report report = reports.open(march.id(), ReporterKind.UNIT, commune.party().id(), "quantri-test", OFFICE);
        if (report.editable()) {
            Report submitted = reports.submit(report.id(), report.version(), "quantri-test", OFFICE);
            reports.approve(submitted.id(), submitted.version(), "quantri-test", OFFICE);
        }
        long plan = commitments.ofParty(programme, commune.party()).get(0).id();
        int total = commitments.ofParty(programme, commune.party()).size();

        String page = page(reports.byId(report.id(), OFFICE));
        assertThat(page).containsPattern("id=\"cs" + plan + "\"[^>]*disabled");
        String consolidated = mvc.perform(get("/programmes/{id}/reports/consolidated", programme)
                .param("period", march.code())).andReturn().getResponse().getContentAsString();
        assertThat(consolidated).contains("id=\"standing-UNIT-" + commune.party().id() + "\">2/" + total + "<");
        byte[] xlsx = mvc.perform(get("/programmes/{id}/reports/consolidated.xlsx", programme)
                .param("period", march.code())).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Cam kết " + march.code());
            Row row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> commune.name().equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(total);
        }
        String json = mvc.perform(get("/api/v1/programmes/{id}/commitments", programme)).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.id == " + plan + ")].status")).containsExactly("DONE");
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.id == " + plan + ")].party.kind"))
                .containsExactly(PartyKind.UNIT.name());
    }

    @Test
    @Order(3)
    void theFrontRecordsItsProgressOnItsPageAndADueDatePassedIsNotOnTrack() throws Exception {
        String path = "/programmes/" + programme + "/parties/ORGANISATION/" + front.party().id();
        String page = mvc.perform(get(path).param("period", march.code())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"party-progress-form\"", "id=\"party-action-items\"",
                "/programmes/" + programme + "/action-items/of-party?party=ORGANISATION:" + front.party().id());
        List<Commitment> own = commitments.ofParty(programme, front.party());
        Commitment propaganda = own.get(0);
        mvc.perform(post("/admin/programmes/{id}/commitments/{c}/edit", programme, propaganda.id()).with(csrf())
                .param("text", propaganda.text()).param("cadence", "ONGOING").param("due", "15/03/2110")
                .param("indicator", indicators.byCode("VOCATIONAL_TRAINEES").orElseThrow().id().toString()));

        MvcResult saved = mvc.perform(post(path + "/progress").with(csrf()).param("period", march.code())
                .param("statuses[" + propaganda.id() + "]", "IN_PROGRESS")
                .param("evidence[" + propaganda.id() + "]", "Đã tuyên truyền tại 5/9 xã")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);

        List<PartyStanding> atMarchEnd = progress.standings(programme, new ProgressPeriod(march.code(),
                march.startsOn(), march.endsOn()));
        assertThat(standingOf(atMarchEnd).onTrack()).as("in progress, due 15/03, at 31/03: late").isZero();
        assertThat(standingOf(atMarchEnd).total()).isEqualTo(own.size());
        assertThat(standingOf(progress.standings(programme, march.endsOn(), march.startsOn())).onTrack())
                .as("the same, judged on 01/03").isEqualTo(1);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                .contains("Đang thực hiện", "Đã tuyên truyền tại 5/9 xã", "Tháng 3/2110", "hạn 15/03/2110",
                        "chỉ tiêu: Đào tạo nghề");
        assertThat(mvc.perform(get("/programmes/{id}/dashboard", programme)).andReturn().getResponse()
                .getContentAsString()).as("the year not begun: its first month, before any progress").contains(
                        "Cam kết đúng tiến độ của các bên — Tháng 1/2110",
                        "id=\"standing-ORGANISATION-" + front.party().id() + "\">0/" + own.size() + "<");
        assertThat(mvc.perform(get("/programmes/{id}/parties", programme)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"standing-ORGANISATION-" + front.party().id() + "\"",
                        "Cam kết chưa bắt đầu hoặc chưa được báo cáo không tính là đúng tiến độ.");
    }

    @Test
    @Order(4)
    void aPartyThatFilesReportsHasNoFormOnItsPage() throws Exception {
        String page = mvc.perform(get("/programmes/{id}/parties/UNIT/{p}", programme, commune.party().id())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain("party-progress-form").contains(
                "Bên này báo cáo tiến độ các cam kết trong báo cáo định kỳ của mình.", "Đã hoàn thành");
        assertThat(mvc.perform(get("/programmes/{id}/parties/UNIT/{p}", programme, 999999)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void theFrontsProgressIsRefusedToWhoeverDoesNotWriteForItAndSaidBesideTheField() throws Exception {
        String path = "/programmes/" + programme + "/parties/ORGANISATION/" + front.party().id();
        long late = commitments.ofParty(programme, front.party()).get(1).id();
        MvcResult refused = mvc.perform(post(path + "/progress").with(csrf()).param("period", march.code())
                .param("statuses[" + late + "]", "DONE")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"ce" + late + "-problem\"",
                "Đã hoàn thành thì cần ghi một dòng minh chứng.");

        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, commune.party().id())));
        MvcResult other = mvc.perform(post(path + "/progress").with(csrf()).with(user(OFFICER).roles("OFFICER"))
                .param("period", march.code()).param("statuses[" + late + "]", "IN_PROGRESS")).andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
        assertThat(progress.ofPeriod(programme, march.code())).doesNotContainKey(late);
        assertThat(mvc.perform(get(path).with(user(OFFICER).roles("OFFICER"))).andReturn().getResponse()
                .getContentAsString()).contains("UBMTTQVN huyện").doesNotContain("party-progress-form");
        assertThat(mvc.perform(get("/programmes/{id}/parties", programme).with(user(OFFICER).roles("OFFICER")))
                .andReturn().getResponse().getContentAsString()).as("the officer's own party, one click away")
                .contains("id=\"my-parties\"", "/programmes/" + programme + "/parties/UNIT/" + commune.party().id()
                        + "\">" + commune.name() + "</a>");
    }

    private PartyStanding standingOf(List<PartyStanding> standings) {
        return standings.stream().filter(s -> s.party().equals(front)).findFirst().orElseThrow();
    }

    private String page(Report report) throws Exception {
        return mvc.perform(get("/programmes/{id}/reports/{r}", programme, report.id())).andReturn().getResponse()
                .getContentAsString();
    }

    private MvcResult save(Report report, Map<Long, String> statuses, Map<Long, String> evidence) throws Exception {
        var request = post("/programmes/{id}/reports/{r}", programme, report.id()).with(csrf())
                .param("action", "save").param("version", String.valueOf(reports.byId(report.id(), OFFICE).version()));
        statuses.forEach((id, s) -> request.param("statuses[" + id + "]", s));
        evidence.forEach((id, e) -> request.param("evidence[" + id + "]", e));
        return mvc.perform(request).andReturn();
    }
}
