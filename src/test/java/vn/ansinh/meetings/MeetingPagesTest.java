package vn.ansinh.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Dates;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * A monthly meeting of the 2056 programme recorded and decided on its pages, as the coordinating office does it: two
 * decisions, one for Cam An already past its date and one for the Women's union still ahead; the overdue one on the
 * dashboard, on Cam An's fragment and in the API; closed on the page by Cam An's officer, refused first without a
 * line; the minutes as a Word file read back. The pages read today from the application's clock (the real day), so
 * the meeting's days are counted from it.
 */
@IntegrationTest
class MeetingPagesTest {

    static final String CAM_AN_OFFICER = "canbo.hop.caman";
    static final String CAM_THANH_OFFICER = "canbo.hop.camthanh";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ActionItems items;
    @Autowired
    Clock clock;

    long programme;
    long camAn;
    long women;
    LocalDate today;

    @BeforeEach
    void setUp() {
        programme = SeedOfYear.of(jdbc, importer, 2056).programmeId();
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        women = partners.byCode("CL.HPN").orElseThrow().id();
        today = LocalDate.now(clock);
        TestAccounts.ensure(accounts, CAM_AN_OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        TestAccounts.ensure(accounts, CAM_THANH_OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER,
                units.byCode("QT.CL.THANH").orElseThrow().id())));
    }

    @Test
    void aMeetingRecordedOnItsPageShowsItsDecisionsOverdueOnesMarkedAndTheMinutesReadBack() throws Exception {
        LocalDate held = today.minusDays(40);
        long meeting = recordMeeting(held);
        long overdue = decide(meeting, "Rà soát danh sách lao động cần học nghề", "UNIT:" + camAn, today.minusDays(10));
        long ahead = decide(meeting, "Tuyên truyền vay vốn giải quyết việc làm", "ORGANISATION:" + women,
                today.plusDays(20));

        String page = page("/programmes/" + programme + "/meetings/" + meeting);
        MockHttpServletResponse docx = mvc.perform(get("/programmes/" + programme + "/meetings/" + meeting
                + "/minutes.docx")).andReturn().getResponse();

        String title = "Họp giao ban tháng %02d/%d".formatted(held.getMonthValue(), held.getYear());
        assertThat(page("/programmes/" + programme + "/meetings/" + meeting + "?lang=en")).contains("id=\"meeting-title\">"
                + "Monthly briefing %02d/%d".formatted(held.getMonthValue(), held.getYear()), "Overdue", "Confirm done");
        assertThat(page).contains("id=\"meeting-title\">" + title, "class=\"row mx-0 border-bottom py-2 bg-warning-subtle\" id=\"decided-item-" + overdue + "\"",
                "id=\"decided-item-" + ahead + "\"", "Hội PN, UBND xã Cam An, UBND xã Cam Thanh", "Quá hạn",
                "id=\"close-form-" + overdue + "\"", "id=\"item-form\"");
        assertThat(docx.getHeader("Content-Disposition")).contains("bien-ban-hop-thang-%02d-%d.docx"
                .formatted(held.getMonthValue(), held.getYear()));
        List<String> lines = lines(docx.getContentAsByteArray());
        assertThat(lines).startsWith("UBND HUYỆN CAM LỘ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                "Số: …/BB-UBND Cam Lộ, ngày %02d tháng %02d năm %d".formatted(held.getDayOfMonth(), held.getMonthValue(),
                        held.getYear()), "BIÊN BẢN", title, "Thời gian: ngày " + Dates.shown(held),
                "Địa điểm: Hội trường UBND huyện Cam Lộ", "I. THÀNH PHẦN THAM DỰ",
                "Chủ trì: Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện", "Thư ký: Lê Thị Mai",
                "Các bên tham dự: Hội PN, UBND xã Cam An, UBND xã Cam Thanh", "II. NỘI DUNG CUỘC HỌP",
                "1. Đánh giá kết quả tháng trước", "2. Triển khai nhiệm vụ tháng tới");
        assertThat(lines).containsSubsequence("IV. KẾT LUẬN, PHÂN CÔNG THỰC HIỆN", "TT Nội dung Đơn vị chịu trách nhiệm Thời hạn",
                "1 Rà soát danh sách lao động cần học nghề UBND xã Cam An " + Dates.shown(today.minusDays(10)),
                "2 Tuyên truyền vay vốn giải quyết việc làm Hội PN " + Dates.shown(today.plusDays(20)),
                "THƯ KÝ Lê Thị Mai CHỦ TRÌ Nguyễn Văn Hùng", "Nơi nhận:", "- Các thành phần dự họp", "- Lưu: VT.");
    }

    @Test
    void theOverdueDecisionIsOnTheDashboardThePartysFragmentAndTheApiUntilItsPartyClosesItWithALine() throws Exception {
        long meeting = recordMeeting(today.minusDays(35));
        long overdue = decide(meeting, "Hoàn thành hồ sơ hỗ trợ nhà ở cho 3 hộ nghèo", "UNIT:" + camAn,
                today.minusDays(5));
        long ahead = decide(meeting, "Ra quân hỗ trợ hội viên phát triển kinh tế", "ORGANISATION:" + women,
                today.plusDays(10));
        String fragment = "/programmes/" + programme + "/action-items/of-party?party=UNIT:" + camAn;

        assertThat(page("/programmes/" + programme + "/dashboard")).contains("id=\"overdue-item-" + overdue + "\"")
                .doesNotContain("id=\"overdue-item-" + ahead + "\"");
        assertThat(mvc.perform(get(fragment).with(user(CAM_AN_OFFICER).roles("COMMUNE_OFFICER"))).andReturn()
                .getResponse().getContentAsString()).contains("id=\"party-items-item-" + overdue + "\"", "Quá hạn",
                        "id=\"close-form-" + overdue + "\"");
        assertThat(mvc.perform(get(fragment).with(user(CAM_THANH_OFFICER).roles("COMMUNE_OFFICER"))).andReturn()
                .getResponse().getContentAsString()).as("read, not theirs to close")
                .contains("id=\"party-items-item-" + overdue + "\"").doesNotContain("id=\"close-form-" + overdue + "\"");
        String api = mvc.perform(get("/api/v1/action-items").param("overdue", "true")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Object>>read(api, "$[?(@.id == " + overdue + ")].party.name")).containsExactly("UBND xã Cam An");
        assertThat(JsonPath.<List<Object>>read(api, "$[?(@.id == " + overdue + ")].party.code")).containsExactly("QT.CL.AN");
        assertThat(JsonPath.<List<Object>>read(api, "$[?(@.id == " + overdue + ")].source.kind")).containsExactly("MEETING");
        assertThat(JsonPath.<List<Object>>read(api, "$[?(@.id == " + overdue + ")].source.id")).containsExactly((int) meeting);
        assertThat(JsonPath.<List<Object>>read(api, "$[?(@.id == " + ahead + ")]")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(mvc.perform(get("/api/v1/action-items")).andReturn().getResponse()
                .getContentAsString(), "$[?(@.id == " + ahead + ")].due")).containsExactly(today.plusDays(10).toString());

        MockHttpServletResponse refused = close(overdue, "", CAM_AN_OFFICER);
        MockHttpServletResponse closed = close(overdue, "Đã lập và trình 3 hồ sơ", CAM_AN_OFFICER);
        MockHttpServletResponse notTheirs = close(ahead, "Đã ra quân", CAM_THANH_OFFICER);

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(refused.getContentAsString())).contains("id=\"closingNote-" + overdue
                + "-problem\">Cần nhập mục này.");
        assertThat(closed.getRedirectedUrl()).isEqualTo("/programmes/" + programme + "/meetings/" + meeting);
        assertThat(notTheirs.getStatus()).isEqualTo(404);
        assertThat(items.ofProgramme(programme, AccessScope.everything()).stream().filter(i -> i.id() == overdue)
                .findFirst().orElseThrow()).satisfies(i -> {
                    assertThat(i.closedOn()).isEqualTo(today);
                    assertThat(i.closedBy()).isEqualTo(CAM_AN_OFFICER);
                    assertThat(i.closingNote()).isEqualTo("Đã lập và trình 3 hồ sơ");
                });
        assertThat(page("/programmes/" + programme + "/dashboard")).doesNotContain("id=\"overdue-item-" + overdue + "\"");
        assertThat(page("/programmes/" + programme + "/action-items?status=CLOSED")).contains("Đã lập và trình 3 hồ sơ");
    }

    @Test
    void aMeetingWithWrongValuesIsRefusedBesideItsFieldsAndOnlyTheOfficeIsShownTheForms() throws Exception {
        long before = jdbc.sql("select count(*) from coordination_meeting").query(Long.class).single();

        MockHttpServletResponse wrong = mvc.perform(post("/programmes/" + programme + "/meetings").with(csrf())
                .param("kind", "MONTHLY").param("heldOn", "31/02/2056").param("place", "Hội trường xã Cam An")
                .param("chairName", "Nguyễn Văn Hùng")).andReturn().getResponse();
        MockHttpServletResponse officer = mvc.perform(post("/programmes/" + programme + "/meetings").with(csrf())
                .with(user(CAM_AN_OFFICER).roles("COMMUNE_OFFICER")).param("kind", "MONTHLY")).andReturn().getResponse();
        String officersPage = mvc.perform(get("/programmes/" + programme + "/meetings")
                .with(user(CAM_AN_OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse().getContentAsString();

        String page = HtmlUtils.htmlUnescape(wrong.getContentAsString());
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(page).contains("id=\"heldOn-problem\">31/02/2056 không phải là ngày có thật",
                "id=\"chairTitle-problem\">Cần nhập mục này.", "id=\"present-problem\">Chọn ít nhất một bên.",
                "value=\"Hội trường xã Cam An\"", "value=\"31/02/2056\"");
        assertThat(officer.getStatus()).isEqualTo(403);
        assertThat(officersPage).contains("id=\"coordination-tabs\"").doesNotContain("id=\"meeting-form\"");
        assertThat(jdbc.sql("select count(*) from coordination_meeting").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void everyWriteIsOneAuditEntryByWhoMadeItAndARefusedOneIsNone() throws Exception {
        long last = lastAudit();
        long meeting = recordMeeting(today.minusDays(3));
        long item = decide(meeting, "Báo cáo kết quả giải quyết việc làm quý", "UNIT:" + camAn, today.plusDays(7));
        close(item, "", CAM_AN_OFFICER);
        close(item, "Đã gửi báo cáo", CAM_AN_OFFICER);
        String inspection = mvc.perform(post("/programmes/" + programme + "/inspections").with(csrf())
                .param("kind", "SUPERVISION").param("plannedFrom", Dates.shown(today.minusDays(2)))
                .param("purpose", "Giám sát chi trả trợ cấp").param("subject", "Chi trả trợ cấp xã hội tại xã Cam An")
                .param("team", "MTTQ huyện (trưởng đoàn)").param("parties", "UNIT:" + camAn).param("communes", "" + camAn))
                .andReturn().getResponse().getRedirectedUrl();
        String inspectionId = inspection.substring(inspection.lastIndexOf('/') + 1);
        mvc.perform(post(inspection + "/findings").with(csrf()).param("findings", "")).andReturn();
        mvc.perform(post(inspection + "/findings").with(csrf()).param("findings", "Chi trả đúng đối tượng, đủ mức"))
                .andReturn();

        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || entity_type || ' ' || entity_id from audit_event "
                + "where id > :last order by id").param("last", last).query(String.class).list()).containsExactly(
                        "quantri-test CREATE coordination_meeting " + meeting, "quantri-test CREATE action_item " + item,
                        CAM_AN_OFFICER + " UPDATE action_item " + item,
                        "quantri-test CREATE joint_inspection " + inspectionId,
                        "quantri-test UPDATE joint_inspection " + inspectionId);
    }

    private long lastAudit() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private MockHttpServletResponse close(long item, String note, String officer) throws Exception {
        return mvc.perform(post("/programmes/" + programme + "/action-items/" + item + "/close").with(csrf())
                .with(user(officer).roles("COMMUNE_OFFICER")).param("closingNote", note)
                .param("back", "/programmes/" + programme + "/meetings/" + meetingOf(item))).andReturn().getResponse();
    }

    private long meetingOf(long item) {
        return jdbc.sql("select source_id from action_item where id = :id").param("id", item).query(Long.class).single();
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    private long recordMeeting(LocalDate held) throws Exception {
        String location = mvc.perform(post("/programmes/" + programme + "/meetings").with(csrf()).param("kind", "MONTHLY")
                .param("heldOn", held.toString()).param("place", "Hội trường UBND huyện Cam Lộ")
                .param("chairName", "Nguyễn Văn Hùng").param("chairTitle", "Phó Chủ tịch UBND huyện")
                .param("secretary", "Lê Thị Mai").param("present", "UNIT:" + camAn, "ORGANISATION:" + women,
                        "UNIT:" + units.byCode("QT.CL.THANH").orElseThrow().id())
                .param("agenda", "1. Đánh giá kết quả tháng trước\n2. Triển khai nhiệm vụ tháng tới")
                .param("minutes", "Các đơn vị báo cáo kết quả; đồng chí chủ trì kết luận.")).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/programmes/" + programme + "/meetings/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long decide(long meeting, String text, String party, LocalDate due) throws Exception {
        String location = mvc.perform(post("/programmes/" + programme + "/meetings/" + meeting + "/items").with(csrf())
                .param("text", text).param("party", party).param("due", Dates.shown(due))).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("#item-");
        return Long.parseLong(location.substring(location.indexOf("#item-") + 6));
    }

    /** The DOCX as lines: a paragraph a line, a table row a line of its non-empty cells. */
    static List<String> lines(byte[] docx) throws Exception {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText().strip());
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> lines.add(String.join(" ", row.getTableCells().stream()
                            .map(cell -> String.join(" ", cell.getParagraphs().stream().map(p -> p.getText().strip())
                                    .filter(t -> !t.isEmpty()).toList())).filter(t -> !t.isEmpty()).toList())));
                }
            }
        }
        return lines.stream().filter(l -> !l.isEmpty()).toList();
    }
}
