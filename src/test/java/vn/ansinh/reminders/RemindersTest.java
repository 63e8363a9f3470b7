package vn.ansinh.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import vn.ansinh.AnsinhApplication;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Reviews;
import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItemClosing;
import vn.ansinh.meetings.ActionItemDraft;
import vn.ansinh.meetings.ActionItemSource;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.meetings.Meeting;
import vn.ansinh.meetings.MeetingDraft;
import vn.ansinh.meetings.MeetingKind;
import vn.ansinh.meetings.Meetings;
import vn.ansinh.reminders.internal.ReminderMail;
import vn.ansinh.reminders.internal.ReminderStore;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;
import vn.ansinh.support.TestAccounts;

/**
 * The daily reminders on fixed days, for a programme of the tests' own (the seed as 2054's programme of a district of
 * its own, «NHAC»): on 3 April 2054 the March and first-quarter reports are due in two days and February's is
 * overdue — the officers of Cam An (none submitted) and of the Women's union are reminded, Cam Thanh's (all
 * submitted), Cam An's viewer, a disabled officer and the administrator are not; run twice and after a restart (a
 * second application context on the same database, its start-up run with the same day) nothing is given or e-mailed
 * twice. E-mail goes to an in-process SMTP server (GreenMail): Vietnamese subject, the link to the report. Cam An's
 * review round still open on 10 and 16 December is due soon, then overdue, to its officer and the administrators; a
 * mail server that refuses is tried again at the next run. In a database of its own: the district's communes bear the
 * seed's names, which other tests find their communes by.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:reminders;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class RemindersTest {

    static final int YEAR = 2054;
    static final String TAG = "NHAC";
    static final LocalDate APRIL_3 = LocalDate.of(YEAR, 4, 3);
    static final String AN_MAIL = "canbo.an@nhac.gov.vn";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Reports reports;
    @Autowired
    Reviews reviews;
    @Autowired
    List<ReminderSource> sources;
    @Autowired
    ReminderStore store;
    @Autowired
    MessageSource messages;
    @Autowired
    RemindersProperties properties;
    @Autowired
    Environment environment;
    @Autowired
    Meetings meetings;
    @Autowired
    ActionItems actionItems;

    long programme;
    long an;

    @BeforeEach
    void programmeAndPeople() {
        programme = jdbc.sql("select id from programme where programme_year = :y").param("y", YEAR).query(Long.class)
                .optional().orElseGet(this::imported);
        an = unit("QT." + TAG + ".AN");
        long thanh = unit("QT." + TAG + ".THANH");
        long womens = jdbc.sql("select id from partner_organisation where code = :c").param("c", TAG + ".CL.HPN")
                .query(Long.class).single();
        person("nhac.an", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, an));
        person("nhac.an.xem", RoleAssignment.ofUnit(Role.VIEWER, an));
        person("nhac.an.nghi", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, an));
        person("nhac.thanh", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, thanh));
        person("nhac.hpn", RoleAssignment.ofOrganisation(womens));
        person("nhac.quantri", RoleAssignment.admin());
        if (accounts.byUsername("nhac.an").orElseThrow().email() == null) {
            accounts.setEmail(id("nhac.an"), " " + AN_MAIL + " ");
            accounts.setEnabled(id("nhac.an.nghi"), false);
            List.of("2054-02", "2054-03", "2054-Q1").forEach(period -> submitted(period, thanh));
        }
    }

    @Test
    void dueSoonAndOverdueReportsRemindTheirOfficersOnceEvenRunTwiceAndAfterARestart() throws Exception {
        ReminderRun withoutMail = job(APRIL_3, Optional.empty()).run();

        List<String> expected = List.of("nhac.an 2054-02 OVERDUE", "nhac.an 2054-03 DUE_SOON", "nhac.an 2054-Q1 DUE_SOON",
                "nhac.hpn 2054-02 OVERDUE", "nhac.hpn 2054-03 DUE_SOON", "nhac.hpn 2054-Q1 DUE_SOON");
        assertThat(mine("REPORT_DUE")).containsExactlyElementsOf(expected);
        assertThat(withoutMail.emailed()).as("no mail server: nothing sent, nothing failed").isZero();
        assertThat(withoutMail.failed()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        ReminderRun withMail = job(APRIL_3, Optional.of(sender(SMTP.getSmtp().getPort()))).run();
        assertThat(withMail.given()).as("the second run gives nothing").isZero();
        MimeMessage[] sent = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(sent).map(RemindersTest::subject).sorted().toList()).containsExactly(
                "[ansinh] Nhắc việc: Báo cáo kỳ 2054-02 của Cam An đã quá hạn nộp (hạn ngày 05/03/2054)",
                "[ansinh] Nhắc việc: Báo cáo kỳ 2054-03 của Cam An đến hạn nộp ngày 05/04/2054",
                "[ansinh] Nhắc việc: Báo cáo kỳ 2054-Q1 của Cam An đến hạn nộp ngày 05/04/2054");
        MimeMessage march = Arrays.stream(sent).filter(m -> subject(m).contains("2054-03")).findFirst().orElseThrow();
        assertThat(march.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(AN_MAIL);
        assertThat(march.getContent().toString()).contains("Báo cáo kỳ 2054-03 của Cam An đến hạn nộp ngày 05/04/2054",
                "Mở để làm: http://localhost:8080/programmes/" + programme + "/reports?period=2054-03",
                "http://localhost:8080/reminders");
        assertThat(job(APRIL_3, Optional.of(sender(SMTP.getSmtp().getPort()))).run()).extracting(ReminderRun::given,
                ReminderRun::emailed).containsExactly(0, 0);

        long rows = jdbc.sql("select count(*) from reminder").query(Long.class).single();
        try (ConfigurableApplicationContext restarted = restart()) {
            assertThat(restarted.getBean(JdbcClient.class).sql("select count(*) from reminder").query(Long.class)
                    .single()).as("the same database, its start-up run given nothing").isEqualTo(rows);
            assertThat(restarted.getBean(ReminderJob.class).run().given()).isZero();
        }
        assertThat(jdbc.sql("select count(*) from reminder").query(Long.class).single()).isEqualTo(rows);
        assertThat(mine("REPORT_DUE")).containsExactlyElementsOf(expected);
        assertThat(SMTP.getReceivedMessages()).as("nothing e-mailed twice after the restart").hasSize(3);
    }

    @Test
    void theBellCountsTheUnreadAndTheListLinksToWhatIsDueAndMarksRead() throws Exception {
        job(APRIL_3, Optional.empty()).run();
        String page = page("/reminders", "nhac.hpn");
        long unread = jdbc.sql("select count(*) from reminder r join user_account u on u.id = r.user_id "
                + "where u.username = 'nhac.hpn' and r.read_at is null").query(Long.class).single();
        assertThat(page).contains("id=\"reminder-bell\"", "id=\"reminder-count\"", ">" + unread + "</span>",
                "Báo cáo kỳ 2054-03 của Hội PN đến hạn nộp ngày 05/04/2054",
                "href=\"/programmes/" + programme + "/reports?period=2054-03\"",
                "Báo cáo kỳ 2054-02 của Hội PN đã quá hạn nộp (hạn ngày 05/03/2054)", "Đánh dấu đã đọc");
        long march = jdbc.sql("select r.id from reminder r join user_account u on u.id = r.user_id where u.username = "
                + "'nhac.hpn' and r.detail = '2054-03'").query(Long.class).single();

        mvc.perform(post("/reminders/" + march + "/read").with(csrf()).with(user("nhac.an").roles("COMMUNE_OFFICER")));
        assertThat(readAt(march)).as("someone else's reminder stays unread").isNull();
        mvc.perform(post("/reminders/" + march + "/read").with(csrf()).with(user("nhac.hpn").roles("ORGANISATION_OFFICER")));

        assertThat(readAt(march)).isNotNull();
        assertThat(page("/reminders", "nhac.hpn")).contains(">" + (unread - 1) + "</span>");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'reminder' and entity_id = :id")
                .param("id", String.valueOf(march)).query(Long.class).single()).isEqualTo(1);
        assertThat(page("/reminders?lang=en", "nhac.hpn")).contains("The report of Hội PN for 2054-03 is due on 05/04/2054");
        assertThat(page("/reminders", "nhac.an.xem")).contains("Không có việc nào cần nhắc.")
                .doesNotContain("id=\"reminder-count\"");
    }

    @Test
    void aReviewRoundOpenInDecemberIsDueSoonThenOverdueAndARefusedMailIsSentAtTheNextRun() throws Exception {
        long round = jdbc.sql("select id from review_round where unit_id = :u and review_year = :y").param("u", an)
                .param("y", YEAR).query(Long.class).optional()
                .orElseGet(() -> reviews.open(an, YEAR, AccessScope.everything()).id());
        LocalDate december10 = LocalDate.of(YEAR, 12, 10);

        ReminderRun refused = job(december10, Optional.of(sender(closedPort()))).run();
        assertThat(round(round)).containsExactly("nhac.an DUE_SOON", "nhac.quantri DUE_SOON");
        assertThat(refused.failed()).as("the mail server refused; the run went on").isPositive();
        assertThat(refused.emailed()).isZero();

        assertThat(job(december10, Optional.of(sender(SMTP.getSmtp().getPort()))).run().given()).isZero();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(RemindersTest::subject)).contains(
                "[ansinh] Nhắc việc: Rà soát hộ nghèo, hộ cận nghèo năm 2054 của xã Cam An chưa kết thúc, hạn ngày 14/12/2054");

        job(LocalDate.of(YEAR, 12, 16), Optional.of(sender(SMTP.getSmtp().getPort()))).run();
        assertThat(round(round)).containsExactly("nhac.an DUE_SOON", "nhac.an OVERDUE", "nhac.quantri DUE_SOON",
                "nhac.quantri OVERDUE");
    }

    /**
     * The March meeting's decisions: Cam Thanh's due on 5 April is due soon on the 3rd, the Women's union's due on
     * 20 March overdue, one closed in time reminds nobody; run again, nothing more. (Parties whose officers have no
     * e-mail address, so the mail of the first test counts only reports.)
     */
    @Test
    void actionItemsNearOrPastTheirDateRemindTheResponsiblePartysOfficersOnce() {
        long thanh = unit("QT." + TAG + ".THANH");
        long womens = jdbc.sql("select id from partner_organisation where code = :c").param("c", TAG + ".CL.HPN")
                .query(Long.class).single();
        Meeting march = meetings.record(programme, new MeetingDraft(MeetingKind.MONTHLY, "10/03/" + YEAR,
                "Hội trường UBND huyện", "Lê Văn Thành", "Phó Chủ tịch UBND huyện", "Trần Thị Hoa",
                List.of("UNIT:" + thanh, "ORGANISATION:" + womens), "Tiến độ quý I", "Các bên báo cáo tiến độ."),
                AccessScope.everything());
        ActionItem list = decide(march, "Rà soát danh sách lao động có nhu cầu học nghề", "UNIT:" + thanh, "05/04/" + YEAR);
        ActionItem talks = decide(march, "Tổ chức đối thoại với hội viên về xuất khẩu lao động", "ORGANISATION:" + womens,
                "20/03/" + YEAR);
        ActionItem done = decide(march, "Gửi danh sách hộ nghèo cho các Hội", "UNIT:" + thanh, "04/04/" + YEAR);
        actionItems.close(programme, new ActionItemClosing(done.id(), "Đã gửi ngày 15/03"), "nhac.quantri",
                AccessScope.everything());

        job(APRIL_3, Optional.empty()).run();

        assertThat(actionReminders()).containsExactly(
                "nhac.hpn action-item:" + talks.id() + " OVERDUE Tổ chức đối thoại với hội viên về xuất khẩu lao động",
                "nhac.thanh action-item:" + list.id() + " DUE_SOON Rà soát danh sách lao động có nhu cầu học nghề");
        assertThat(job(APRIL_3, Optional.empty()).run().given()).isZero();
        assertThat(actionReminders()).hasSize(2);
    }

    ActionItem decide(Meeting meeting, String text, String party, String due) {
        return actionItems.add(programme, ActionItemSource.MEETING, meeting.id(), new ActionItemDraft(text, party, due),
                AccessScope.everything());
    }

    List<String> actionReminders() {
        return jdbc.sql("select u.username || ' ' || r.subject_key || ' ' || r.stage || ' ' || r.subject from reminder r "
                + "join user_account u on u.id = r.user_id where u.username like 'nhac.%' and r.kind = 'ACTION_ITEM_DUE' "
                + "order by 1").query(String.class).list();
    }

    @Test
    void anAdministratorGivesAUserTheAddressTheirRemindersAreSentTo() throws Exception {
        long hpn = id("nhac.hpn");
        var refused = mvc.perform(post("/admin/users/" + hpn + "/email").with(csrf()).param("email", "hoi-pn.nhac"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"email-problem\"",
                "Địa chỉ thư điện tử không đúng dạng (ví dụ: canbo@xa.gov.vn).", "value=\"hoi-pn.nhac\"");
        assertThat(accounts.byId(hpn).orElseThrow().email()).isNull();

        mvc.perform(post("/admin/users/" + hpn + "/email").with(csrf()).param("email", "hoi-pn@nhac.gov.vn"));
        assertThat(accounts.byId(hpn).orElseThrow().email()).isEqualTo("hoi-pn@nhac.gov.vn");
        mvc.perform(post("/admin/users/" + hpn + "/email").with(csrf()).param("email", ""));
        assertThat(accounts.byId(hpn).orElseThrow().email()).as("blank: no address").isNull();
    }

    /** The job on the day (06:00 office time), with this mail server (none: as without spring.mail.host). */
    ReminderJob job(LocalDate day, Optional<JavaMailSender> sender) {
        Clock clock = Clock.fixed(day.atTime(6, 0).atZone(OfficeTime.ZONE).toInstant(), OfficeTime.ZONE);
        ReminderMail mail = new ReminderMail(sender, store, accounts, messages, properties, clock);
        return new ReminderJob(sources, store, mail, properties, clock);
    }

    /** A second application on the same database, e-mailing to the same server, its clock on 3 April 2054. */
    ConfigurableApplicationContext restart() {
        // As arguments, which come before the profile's settings (the builder's properties come after them).
        return new SpringApplicationBuilder(AnsinhApplication.class, AprilThird.class).profiles("test").run(
                "--server.port=0", "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", "sa"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--ansinh.reminders.daily=true", "--spring.mail.host=localhost",
                "--spring.mail.port=" + SMTP.getSmtp().getPort());
    }

    /** Not a configuration class (component scanning would find it): a source of the restarted application only. */
    static class AprilThird {

        @Bean
        @Primary
        Clock aprilThird() {
            return Clock.fixed(APRIL_3.atTime(7, 0).atZone(OfficeTime.ZONE).toInstant(), OfficeTime.ZONE);
        }
    }

    static JavaMailSender sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reminders of this test's people due in March and April: username, period, stage. */
    List<String> mine(String kind) {
        return jdbc.sql("select u.username || ' ' || r.detail || ' ' || r.stage from reminder r join user_account u on "
                + "u.id = r.user_id where u.username like 'nhac.%' and r.kind = :kind and r.due_on between :from and :to "
                + "order by 1").param("kind", kind).param("from", LocalDate.of(YEAR, 3, 1))
                .param("to", LocalDate.of(YEAR, 4, 30)).query(String.class).list();
    }

    List<String> round(long round) {
        return jdbc.sql("select u.username || ' ' || r.stage from reminder r join user_account u on u.id = r.user_id "
                + "where u.username like 'nhac.%' and r.subject_key = :key order by 1").param("key", "round:" + round)
                .query(String.class).list();
    }

    java.sql.Timestamp readAt(long reminder) {
        return jdbc.sql("select read_at from reminder where id = :id").param("id", reminder)
                .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
    }

    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username).roles("COMMUNE_OFFICER"))).andReturn().getResponse()
                .getContentAsString();
    }

    long imported() {
        ImportResult result = ProgrammeYaml.seed().withYear(YEAR).inNewDistrict(TAG).importWith(importer,
                "nhac-viec-" + YEAR + ".yaml", false);
        assertThat(result.errors()).isEmpty();
        return result.programmeId();
    }

    long unit(String code) {
        return jdbc.sql("select id from administrative_unit where code = :c").param("c", code).query(Long.class).single();
    }

    long id(String username) {
        return accounts.byUsername(username).orElseThrow().id();
    }

    void person(String username, RoleAssignment role) {
        TestAccounts.ensure(accounts, username, Set.of(role));
    }

    void submitted(String period, long commune) {
        long periodId = reports.periods(programme, AccessScope.everything()).stream()
                .filter(p -> p.code().equals(period)).findFirst().orElseThrow().id();
        Report report = reports.open(periodId, ReporterKind.UNIT, commune, "nhac.thanh", AccessScope.everything());
        reports.submit(report.id(), report.version(), "nhac.thanh", AccessScope.everything());
    }
}
