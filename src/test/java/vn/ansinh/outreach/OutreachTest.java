package vn.ansinh.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ansinh.attainment.RegisterSummaries;
import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * The seed's programme moved to a district of its own («OR», 2054): a training of the grassroots poverty-reduction
 * officers with Cam An's and Cam Thanh's officers and the Farmers' union's, propaganda and labour-export counselling
 * sessions in Cam Hiếu and Cam Thủy; the totals per commune and per topic, the figures a commune's report is filled
 * with, and every wrong entry refused beside its field.
 */
@IntegrationTest
// a database of its own: the seed's communes in a district of their own bear the seed's names and GSO codes,
// by which other tests find their communes
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outreach;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class OutreachTest {

    private static final int YEAR = 2054;
    private static final AccessScope OFFICE = AccessScope.everything();
    private static final String TOPIC = "Tập huấn nâng cao năng lực cán bộ làm công tác giảm nghèo cấp cơ sở";

    @Autowired
    Outreach outreach;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    ProgrammeParties parties;
    @Autowired
    RegisterSummaries registers;
    @Autowired
    Reports reports;
    @Autowired
    Indicators indicators;
    @Autowired
    MockMvc mvc;

    long programme;
    Party district;
    Party farmers;
    long camAn;
    long camThanh;
    long camHieu;
    long camThuy;

    @BeforeEach
    void ownDistrict() {
        programme = OwnDistrict.of(jdbc, importer, YEAR, "OR");
        district = Party.unit(units.byCode("QT.OR").orElseThrow().id());
        farmers = parties.of(programme).stream().filter(p -> p.name().equals("Hội ND")).findFirst().orElseThrow().party();
        camAn = units.byCode("QT.OR.AN").orElseThrow().id();
        camThanh = units.byCode("QT.OR.THANH").orElseThrow().id();
        camHieu = units.byCode("QT.OR.HIEU").orElseThrow().id();
        camThuy = units.byCode("QT.OR.THUY").orElseThrow().id();
    }

    @Test
    void aTrainingEnteredOnThePageCountsEachCommunesOfficers() throws Exception {
        MvcResult saved = mvc.perform(post("/programmes/{id}/outreach/trainings", programme).with(csrf())
                .param("heldOn", "2054-04-05").param("topic", TOPIC).param("organiser", district.key())
                .param("place", "Hội trường UBND huyện").param("participants-" + Party.unit(camAn).key(), "3")
                .param("participants-" + Party.unit(camThanh).key(), "2")
                .param("participants-" + farmers.key(), "1")).andReturn();

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        Training training = outreach.trainings(programme, OFFICE).stream().filter(t -> t.heldOn().equals(
                LocalDate.of(YEAR, 4, 5))).findFirst().orElseThrow();
        assertThat(training.topic()).isEqualTo(TOPIC);
        assertThat(training.total()).isEqualTo(6);
        assertThat(training.participants()).containsExactly(new Training.Attendance(Party.unit(camAn), 3),
                new Training.Attendance(Party.unit(camThanh), 2), new Training.Attendance(farmers, 1));
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'outreach_training' and entity_id = :id")
                .param("id", String.valueOf(training.id())).query(String.class).list()).containsExactly("CREATE");
        assertThat(registers.figures(camAn, LocalDate.of(YEAR, 6, 30)).apply("OFFICERS_TRAINED"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(registers.figures(camAn, LocalDate.of(YEAR, 3, 31)).apply("OFFICERS_TRAINED"))
                .as("held after March: not yet known in the first quarter").isEmpty();
        String page = mvc.perform(get("/programmes/{id}/outreach", programme)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(TOPIC, "UBND xã Cam An: 3 người", "Hội ND: 1 người", "Hội trường UBND huyện",
                "05/04/2054");
        assertThat(row(page, "outreach-commune-" + camAn)).contains("data-field=\"trained\">3<");
        assertThat(row(page, "outreach-commune-" + camThanh)).contains("data-field=\"trained\">2<");
    }

    @Test
    void labourExportCounsellingFillsTheCommunesReportWhereItKeepsNoLabourRecords() throws Exception {
        outreach.add(programme, new SessionDraft("12/05/2054", SessionTopic.LABOUR_EXPORT, farmers.key(),
                "Nhà văn hóa thôn Thượng Nghĩa", camHieu, "45"), OFFICE);
        outreach.add(programme, new SessionDraft("20/06/2054", SessionTopic.LABOUR_EXPORT, Party.unit(camHieu).key(),
                "Hội trường UBND xã Cam Hiếu", camHieu, "1.250"), OFFICE);
        outreach.add(programme, new SessionDraft("03/07/2054", SessionTopic.CHILDREN_LAW, Party.unit(camHieu).key(),
                "Trường Tiểu học Cam Hiếu", camHieu, "120"), OFFICE);
        outreach.add(programme, new SessionDraft("2054-05-15", SessionTopic.LABOUR_CODE, district.key(),
                "Nhà văn hóa xã Cam Thủy", camThuy, "80"), OFFICE);

        long june = reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(YEAR + "-06"))
                .findFirst().orElseThrow().id();
        Report report = reports.open(june, ReporterKind.UNIT, camHieu, "canbo.camhieu", OFFICE);
        long counselled = indicators.byCode("LABOUR_EXPORT_COUNSELLED").orElseThrow().id();

        assertThat(report.figures()).filteredOn(f -> f.indicatorId() == counselled).singleElement().satisfies(f -> {
            assertThat(f.amount()).as("45 + 1.250 by the end of June; July's session is not counselling")
                    .isEqualByComparingTo(new BigDecimal("1295"));
            assertThat(f.prefilled()).isTrue();
        });
        assertThat(registers.figures(camHieu, LocalDate.of(YEAR, 12, 31)).apply("OUTREACH_REACHED"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1415"));
        assertThat(registers.figures(camHieu, LocalDate.of(YEAR, 12, 31)).apply("OUTREACH_SESSIONS"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        String json = mvc.perform(get("/api/v1/programmes/{id}/outreach", programme)).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"topic\":\"LABOUR_EXPORT\"", "\"audience\":1250",
                "\"place\":\"Hội trường UBND xã Cam Hiếu\"", "{\"communeId\":" + camThuy
                        + ",\"name\":\"UBND xã Cam Thủy\",\"trained\":0,\"sessions\":1,\"reached\":80}");
        OutreachTotals totals = OutreachTotals.of(List.of(), outreach.sessions(programme, OFFICE), List.of(
                new OutreachTotals.CommuneTotal(camHieu, "UBND xã Cam Hiếu", 0, 0, 0),
                new OutreachTotals.CommuneTotal(camThuy, "UBND xã Cam Thủy", 0, 0, 0)));
        assertThat(totals.communes()).extracting(OutreachTotals.CommuneTotal::sessions,
                OutreachTotals.CommuneTotal::reached).containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 1415L),
                        org.assertj.core.groups.Tuple.tuple(1L, 80L));
        assertThat(totals.topics()).contains(new OutreachTotals.TopicTotal(SessionTopic.LABOUR_EXPORT, 2, 1295),
                new OutreachTotals.TopicTotal(SessionTopic.CHILDREN_LAW, 1, 120));
    }

    @Test
    void wrongEntriesAreRefusedBesideTheirFieldsAndNothingIsWritten() throws Exception {
        int before = outreach.sessions(programme, OFFICE).size();

        assertThatThrownBy(() -> outreach.add(programme, new SessionDraft("31/06/2054", null, "UNIT:0", " ",
                camAn, "0"), OFFICE)).isInstanceOfSatisfying(InvalidOutreachException.class, e -> assertThat(
                        e.problems().byField()).containsOnlyKeys("heldOn", "topic", "organiser", "place", "audience"));
        assertThatThrownBy(() -> outreach.add(programme, new SessionDraft("05/03/2053", SessionTopic.ELDERLY_LAW,
                district.key(), "Nhà văn hóa", camAn, "-5"), OFFICE)).isInstanceOfSatisfying(
                        InvalidOutreachException.class, e -> {
                            assertThat(e.problems().of("heldOn").key()).isEqualTo("outreach.day.outsideYear");
                            assertThat(e.problems().of("audience").key()).isEqualTo("outreach.audience.atLeastOne");
                        });
        AccessScope camAnOfficer = new AccessScope(false, Set.of(camAn), Set.of(camAn), Set.of(), false);
        assertThatThrownBy(() -> outreach.add(programme, new SessionDraft("05/03/2054", SessionTopic.ELDERLY_LAW,
                district.key(), "Nhà văn hóa", camThanh, "40"), camAnOfficer)).isInstanceOfSatisfying(
                        InvalidOutreachException.class, e -> assertThat(e.problems().of("communeId").key())
                                .isEqualTo("outreach.commune.notYours"));
        assertThatThrownBy(() -> outreach.add(programme, new TrainingDraft("2054-02-30", TOPIC, Party.unit(camAn).key(),
                "Hội trường", Map.of(Party.unit(camAn).key(), "2,5")), camAnOfficer)).isInstanceOfSatisfying(
                        InvalidOutreachException.class, e -> assertThat(e.problems().byField()).containsOnlyKeys(
                                "heldOn", "participants-" + Party.unit(camAn).key()));
        assertThatThrownBy(() -> outreach.add(programme, new TrainingDraft("2054-02-20", TOPIC, district.key(),
                "Hội trường", Map.of()), camAnOfficer)).isInstanceOfSatisfying(InvalidOutreachException.class,
                        e -> assertThat(e.problems().byField()).containsOnlyKeys("organiser", "participants"));

        MvcResult refused = mvc.perform(post("/programmes/{id}/outreach/sessions", programme).with(csrf())
                .param("heldOn", "2054-13-01").param("topic", "VOCATIONAL_GUIDANCE").param("organiser", district.key())
                .param("place", "Nhà văn hóa thôn Phú Hậu").param("communeId", "" + camAn).param("audience", "0"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"heldOn-problem\"",
                "id=\"audience-problem\"", "Số người tham dự phải ít nhất là 1, không phải 0",
                "value=\"Nhà văn hóa thôn Phú Hậu\"");
        assertThat(outreach.sessions(programme, OFFICE)).hasSize(before);
    }

    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
