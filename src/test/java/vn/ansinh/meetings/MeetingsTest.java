package vn.ansinh.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.meetings.internal.ActionItemStore;
import vn.ansinh.meetings.internal.CoordinationTitles;
import vn.ansinh.meetings.internal.ProgrammeAccess;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.shared.Party;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.units.Units;

/**
 * The coordination work of Cam Lộ's programme of 2054 (the seed as another year): meetings with their parties present
 * and decisions, an inspection with its recommendations, each item followed until closed with a line saying what was
 * done — carried to every later meeting until then, overdue by the day asked — closed by its party's writers, audited.
 * Closing reads the day from a clock fixed to the day in question. Each test keeps to its own meetings.
 */
@IntegrationTest
class MeetingsTest {

    static final AccessScope OFFICE = AccessScope.everything();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    Meetings meetings;
    @Autowired
    Inspections inspections;
    @Autowired
    ActionItems actionItems;
    @Autowired
    ActionItemStore store;
    @Autowired
    ProgrammeAccess access;
    @Autowired
    CoordinationTitles titles;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    long programme;
    Party camAn;
    Party camThanh;
    Party women;

    @BeforeEach
    void programme() {
        programme = SeedOfYear.of(jdbc, importer, 2054).programmeId();
        camAn = Party.unit(units.byCode("QT.CL.AN").orElseThrow().id());
        camThanh = Party.unit(units.byCode("QT.CL.THANH").orElseThrow().id());
        women = Party.organisation(partners.byCode("CL.HPN").orElseThrow().id());
    }

    @Test
    void aMeetingIsReadBackWithItsPartiesInTheProgrammesOrderAndItsDecisionsWithTheirPartiesNames() {
        Meeting march = meeting(MeetingKind.MONTHLY, "05/03/2054");
        ActionItem survey = decide(march, "Rà soát, lập danh sách hộ nghèo có nhu cầu học nghề", camAn, "31/03/2054");
        ActionItem loans = decide(march, "Phối hợp Ngân hàng CSXH giải ngân vốn vay cho hội viên", women, "2054-04-30");

        Meeting read = meetings.byId(programme, march.id(), OFFICE).orElseThrow();

        assertThat(read.title()).isEqualTo("Họp giao ban tháng 03/2054");
        assertThat(read.heldOn()).isEqualTo(LocalDate.of(2054, 3, 5));
        assertThat(read.present()).containsExactlyInAnyOrder(camAn, women, camThanh);
        assertThat(read.minutes()).isNull();
        assertThat(meetings.ofProgramme(programme, OFFICE)).extracting(Meeting::id).contains(march.id());
        assertThat(actionItems.ofProgramme(programme, OFFICE)).filteredOn(i -> i.sourceId() == march.id()
                && i.source() == ActionItemSource.MEETING)
                .extracting(ActionItem::text, ActionItem::responsibleName, ActionItem::responsibleCode, ActionItem::due,
                        ActionItem::closed, ActionItem::sourceTitle)
                .containsExactly(
                        tuple(survey.text(), "UBND xã Cam An", "QT.CL.AN", LocalDate.of(2054, 3, 31), false,
                                "Họp giao ban tháng 03/2054"),
                        tuple(loans.text(), "Hội PN", "CL.HPN", LocalDate.of(2054, 4, 30), false,
                                "Họp giao ban tháng 03/2054"));
        assertThat(actionItems.ofParty(programme, women)).extracting(ActionItem::id).contains(loans.id())
                .doesNotContain(survey.id());
        assertThat(meetings.minutesFileName(read)).isEqualTo("bien-ban-hop-thang-03-2054");
        assertThat(titles.meeting(MeetingKind.QUARTERLY, LocalDate.of(2054, 7, 2))).isEqualTo("Họp giao ban quý III/2054");
        assertThat(titles.minutesFile(MeetingKind.QUARTERLY, LocalDate.of(2054, 7, 2))).isEqualTo("bien-ban-hop-quy-3-2054");
    }

    @Test
    void closingWithoutALineSayingWhatWasDoneIsRefusedByFieldAndNothingChanges() {
        Meeting april = meeting(MeetingKind.MONTHLY, "04/04/2054");
        ActionItem item = decide(april, "Tổ chức lớp dạy nghề trồng nấm cho 30 lao động nông thôn", camAn, "30/04/2054");
        long audited = audited();

        assertThatThrownBy(() -> closingOn("2054-04-20").close(programme, new ActionItemClosing(item.id(), "  "),
                "canbo-caman", OFFICE)).isInstanceOfSatisfying(InvalidCoordinationException.class,
                        e -> assertThat(e.problems().of("closingNote").key()).isEqualTo("catalogue.required"));

        assertThat(item(item.id()).closed()).isFalse();
        assertThat(audited()).isEqualTo(audited);
    }

    @Test
    void anItemIsCarriedToEveryLaterMeetingUntilItIsClosedAndOverdueByTheDayAsked() {
        Meeting may = meeting(MeetingKind.MONTHLY, "06/05/2054");
        ActionItem item = decide(may, "Hoàn thành điều tra cung cầu lao động năm 2054", camThanh, "31/05/2054");
        Meeting june = meeting(MeetingKind.MONTHLY, "05/06/2054");
        Meeting july = meeting(MeetingKind.QUARTERLY, "03/07/2054");

        assertThat(item(item.id()).overdue(LocalDate.of(2054, 5, 31))).as("due that day").isFalse();
        assertThat(actionItems.overdue(LocalDate.of(2054, 6, 1))).extracting(ActionItem::id).contains(item.id());
        assertThat(actionItems.overdue(LocalDate.of(2054, 5, 31))).extracting(ActionItem::id).doesNotContain(item.id());
        ActionItem closed = closingOn("2054-06-20").close(programme, new ActionItemClosing(item.id(),
                "Đã điều tra 1.250 hộ, gửi kết quả về Phòng LĐ-TB&XH"), "canbo-camthanh", OFFICE);

        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2054, 6, 20));
        assertThat(closed.closedBy()).isEqualTo("canbo-camthanh");
        assertThat(closed.closedInTime()).isFalse();
        assertThat(item(item.id()).carriedInto(june.heldOn())).as("open on 05/06").isTrue();
        assertThat(item(item.id()).carriedInto(july.heldOn())).as("closed on 20/06").isFalse();
        assertThat(item(item.id()).carriedInto(may.heldOn())).as("decided that day").isFalse();
        assertThat(actionItems.overdue(LocalDate.of(2054, 7, 1))).extracting(ActionItem::id).doesNotContain(item.id());
        assertThat(actionItems.open()).extracting(ActionItem::id).doesNotContain(item.id());
        assertThatThrownBy(() -> closingOn("2054-06-21").close(programme, new ActionItemClosing(item.id(), "Lần nữa"),
                "canbo-camthanh", OFFICE)).isInstanceOfSatisfying(InvalidCoordinationException.class,
                        e -> assertThat(e.problems().of("closingNote").key()).isEqualTo("actionItem.alreadyClosed"));
    }

    @Test
    void theResponsiblePartysWritersCloseItsItemsOthersFindNoneAndOnlyTheOfficeRecords() {
        Meeting august = meeting(MeetingKind.EXTRAORDINARY, "12/08/2054");
        ActionItem item = decide(august, "Khắc phục hậu quả lũ quét tại thôn Cam Phú", camAn, "20/08/2054");
        AccessScope camAnOfficer = new AccessScope(false, Set.of(camAn.id()), Set.of(camAn.id()), null, false);
        AccessScope camThanhOfficer = new AccessScope(false, Set.of(camThanh.id()), Set.of(camThanh.id()), null, false);

        assertThatThrownBy(() -> closingOn("2054-08-18").close(programme, new ActionItemClosing(item.id(), "Xong"),
                "canbo-camthanh", camThanhOfficer)).isInstanceOf(CoordinationNotFoundException.class);
        assertThatThrownBy(() -> meetings.record(programme, draft(MeetingKind.MONTHLY, "01/09/2054"), camAnOfficer))
                .isInstanceOf(AccessDeniedException.class);
        ActionItem closed = closingOn("2054-08-18").close(programme, new ActionItemClosing(item.id(),
                "Đã sửa 12 nhà, cấp 3 tấn gạo"), "canbo-caman", camAnOfficer);

        assertThat(closed.closedInTime()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'action_item' and entity_id = :id "
                + "and action = 'UPDATE'").param("id", String.valueOf(item.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void wrongValuesAreSaidBesideTheirFieldsAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from coordination_meeting").query(Long.class).single();
        MeetingDraft wrong = new MeetingDraft(null, "31/06/2054", "", "Nguyễn Văn Hùng", "", "Lê Thị Mai",
                List.of("ORGANISATION:999999"), "", "");

        assertThatThrownBy(() -> meetings.record(programme, wrong, OFFICE))
                .isInstanceOfSatisfying(InvalidCoordinationException.class, e -> assertThat(e.problems().byField())
                        .containsOnlyKeys("kind", "heldOn", "place", "chairTitle", "present", "agenda"));
        Meeting september = meeting(MeetingKind.MONTHLY, "04/09/2054");
        assertThatThrownBy(() -> actionItems.add(programme, ActionItemSource.MEETING, september.id(),
                new ActionItemDraft("Báo cáo", camAn.key(), "01/09/2054"), OFFICE))
                .isInstanceOfSatisfying(InvalidCoordinationException.class,
                        e -> assertThat(e.problems().of("due").arguments()).containsExactly("04/09/2054"));
        assertThat(jdbc.sql("select count(*) from coordination_meeting").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void anInspectionsRecommendationIsFollowedToClosureLikeAMeetingsDecision() {
        long camAnUnit = camAn.id();
        Inspection course = inspections.record(programme, new InspectionDraft(InspectionKind.INSPECTION, "15/10/2054",
                "17/10/2054", "Đánh giá chất lượng đào tạo nghề cho lao động nông thôn",
                "Lớp đào tạo nghề may công nghiệp 2054", "Phòng LĐ-TB&XH (trưởng đoàn), Hội LHPN huyện, UBND xã Cam An",
                List.of(camAn.key(), women.key()), List.of(camAnUnit), ""), OFFICE);
        ActionItem recommendation = actionItems.add(programme, ActionItemSource.INSPECTION, course.id(),
                new ActionItemDraft("Bổ sung máy may cho lớp học", camAn.key(), "15/11/2054"), OFFICE);
        Inspection written = inspections.writeFindings(programme, course.id(), "28/30 học viên đạt yêu cầu", OFFICE);

        assertThat(course.title()).isEqualTo("Kiểm tra: Lớp đào tạo nghề may công nghiệp 2054");
        assertThat(inspections.byId(programme, course.id(), OFFICE).orElseThrow()).satisfies(i -> {
            assertThat(i.communes()).containsExactly(camAnUnit);
            assertThat(i.parties()).containsExactlyInAnyOrder(camAn, women);
            assertThat(i.plannedTo()).isEqualTo(LocalDate.of(2054, 10, 17));
            assertThat(i.findings()).isEqualTo(written.findings());
        });
        assertThat(recommendation.sourceTitle()).isEqualTo(course.title());
        assertThat(recommendation.sourceDay()).isEqualTo(LocalDate.of(2054, 10, 15));
        ActionItem closed = closingOn("2054-11-10").close(programme, new ActionItemClosing(recommendation.id(),
                "Đã mua 5 máy may công nghiệp"), "quantri-test", OFFICE);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedInTime()).isTrue();
    }

    ActionItem item(long id) {
        return actionItems.ofProgramme(programme, OFFICE).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    /** The service reading today from a clock fixed to the day. */
    ActionItems closingOn(String day) {
        return new ActionItems(store, access, titles, meetings, inspections, events, Clock.fixed(LocalDate.parse(day)
                .atTime(9, 0).atZone(OfficeTime.ZONE).toInstant(), OfficeTime.ZONE));
    }

    Meeting meeting(MeetingKind kind, String day) {
        return meetings.record(programme, draft(kind, day), OFFICE);
    }

    MeetingDraft draft(MeetingKind kind, String day) {
        return new MeetingDraft(kind, day, "Hội trường UBND huyện Cam Lộ", "Nguyễn Văn Hùng",
                "Phó Chủ tịch UBND huyện", "Lê Thị Mai", List.of(camAn.key(), women.key(), camThanh.key()),
                "1. Đánh giá kết quả tháng trước\n2. Triển khai nhiệm vụ tháng tới", null);
    }

    ActionItem decide(Meeting meeting, String text, Party party, String due) {
        return actionItems.add(programme, ActionItemSource.MEETING, meeting.id(), new ActionItemDraft(text, party.key(),
                due), OFFICE);
    }

    long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'action_item'").query(Long.class).single();
    }
}
