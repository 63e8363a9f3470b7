package vn.ansinh.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.outreach.OwnDistrict;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * The seed's programme in a district of its own («KT», 2056): by June Cam An placed its 215 workers in jobs and
 * trained its 74 trainees, Cam Thanh placed 30 of its 75;
 * two of Cam An's poor households and one of Cam Thanh's left poverty in 2056, one of Cam An's stayed poor. The office
 * proposes both communes from the ranking, downloads the proposal to sign, and records the decision commending Cam An.
 */
@IntegrationTest
// a database of its own: the seed's communes in a district of their own bear the seed's names and GSO codes,
// by which other tests find their communes
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:commendation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommendationTest {

    private static final int YEAR = 2056;
    private static final AccessScope OFFICE = AccessScope.everything();
    private static final String REASON = "Hoàn thành vượt mức chỉ tiêu giải quyết việc làm, 2 hộ thoát nghèo";

    @Autowired
    Commendations commendations;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    LabourRecords labour;
    @Autowired
    MockMvc mvc;

    long programme;
    long camAn;
    long camThanh;

    @BeforeEach
    void ownDistrict() {
        programme = OwnDistrict.of(jdbc, importer, YEAR, "KT");
        camAn = units.byCode("QT.KT.AN").orElseThrow().id();
        camThanh = units.byCode("QT.KT.THANH").orElseThrow().id();
        if (commendations.honoured(programme, OFFICE).stream().allMatch(c -> c.households().isEmpty())) {
            household(camAn, "KT-AN-01", "Nguyễn Văn Hùng", Classification.NEAR_POOR);
            household(camAn, "KT-AN-02", "Lê Thị Mai", Classification.NOT_POOR);
            household(camAn, "KT-AN-03", "Trần Văn Cường", Classification.POOR);
            household(camThanh, "KT-TH-01", "Hồ Thị Lan", Classification.MEDIUM);
            labour.enterCount(camAn, RecordKind.JOB_PLACEMENT, YEAR, 6, 215, OFFICE);
            labour.enterCount(camAn, RecordKind.TRAINEE, YEAR, 6, 74, OFFICE);
            labour.enterCount(camThanh, RecordKind.JOB_PLACEMENT, YEAR, 6, 30, OFFICE);
        }
    }

    @Test
    @Order(1)
    void theProposalFromTheRankingReadsBackAsTheDocxToSign() throws Exception {
        Candidates ranking = commendations.candidates(programme, OFFICE).orElseThrow();
        Candidate an = candidate(ranking, camAn);
        Candidate thanh = candidate(ranking, camThanh);
        assertThat(ranking.yearOver()).as("2056 is not over: provisional").isFalse();
        assertThat(an.rank()).isEqualTo(1);
        assertThat(an.score()).as("jobs 215/215 and trainees 74/74 in full, the other targets at 0")
                .isEqualByComparingTo(new BigDecimal(200).divide(BigDecimal.valueOf(an.targets()), 2, RoundingMode.HALF_UP));
        assertThat(thanh.score()).as("jobs 30/75: 40 %").isEqualByComparingTo(
                new BigDecimal(40).divide(BigDecimal.valueOf(thanh.targets()), 2, RoundingMode.HALF_UP));

        MvcResult saved = mvc.perform(post("/programmes/{id}/commendation", programme).with(csrf())
                .param("proposed", an.party().key(), thanh.party().key())
                .param("reason-" + an.party().key(), REASON).param("reason-" + thanh.party().key(), "")).andReturn();

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        Proposal proposal = commendations.proposal(programme, OFFICE).orElseThrow();
        assertThat(proposal.nominees()).containsExactly(
                new Nominee(an.party(), an.name(), 1, an.score(), an.targets(), REASON, false),
                new Nominee(thanh.party(), thanh.name(), thanh.rank(), thanh.score(), thanh.targets(), null, false));
        MvcResult docx = mvc.perform(get("/programmes/{id}/commendation/proposal.docx", programme)).andReturn();
        assertThat(docx.getResponse().getHeader("Content-Disposition")).contains("de-nghi-khen-thuong-2056.docx");
        List<String> lines = DocxLines.of(docx.getResponse().getContentAsByteArray());
        assertThat(lines).startsWith("UBND HUYỆN CAM LỘ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
        assertThat(lines).contains("TỜ TRÌNH",
                "Đề nghị khen thưởng tập thể có thành tích trong thực hiện Chương trình phối hợp năm 2056",
                "I. Tập thể đề nghị khen thưởng",
                "1 " + an.name() + " " + rate(an) + " 1 " + REASON,
                "2 " + thanh.name() + " " + rate(thanh) + " " + thanh.rank(),
                "II. Hộ thoát nghèo năm 2056 được biểu dương tại hội nghị tổng kết của xã",
                "UBND xã Cam An: 2 hộ", "1 KT-AN-01 Nguyễn Văn Hùng Thôn Tân Định Hộ cận nghèo",
                "2 KT-AN-02 Lê Thị Mai Thôn Tân Định Không thuộc hộ nghèo, cận nghèo",
                "UBND xã Cam Thanh: 1 hộ", "1 KT-TH-01 Hồ Thị Lan Thôn Tân Định Hộ có mức sống trung bình",
                "UBND xã Cam Thủy: 0 hộ");
        assertThat(String.join("\n", lines)).doesNotContain("Trần Văn Cường").contains("TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH", "Nơi nhận:");
    }

    @Test
    @Order(2)
    void theDecisionIsRefusedByFieldThenRecordedAndTheProposalIsReadOnly() throws Exception {
        String an = Party.unit(camAn).key();
        MvcResult refused = mvc.perform(post("/programmes/{id}/commendation/decision", programme).with(csrf())
                .param("number", " ").param("decidedOn", "2055-12-20")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"number-problem\"",
                "Ngày quyết định phải trong năm 2056 của chương trình hoặc năm sau.",
                "Cần chọn ít nhất một tập thể được khen thưởng.");
        assertThatThrownBy(() -> commendations.decide(programme, new DecisionDraft("15/QĐ-UBND", "31/02/2057",
                List.of(an, "ORGANISATION:0")), OFFICE)).isInstanceOfSatisfying(InvalidCommendationException.class,
                        e -> assertThat(e.problems().byField()).containsOnlyKeys("decidedOn", "commended"));
        assertThatThrownBy(() -> commendations.decide(programme, new DecisionDraft("15/QĐ-UBND", "15/01/2057",
                List.of(an)), new AccessScope(false, java.util.Set.of(camAn), java.util.Set.of(camAn), java.util.Set.of(),
                        false))).isInstanceOf(AccessDeniedException.class);

        mvc.perform(post("/programmes/{id}/commendation/decision", programme).with(csrf())
                .param("number", "15/QĐ-UBND").param("decidedOn", "2057-01-15").param("commended", an));

        Proposal decided = commendations.proposal(programme, OFFICE).orElseThrow();
        assertThat(decided.decided()).isTrue();
        assertThat(decided.decisionNumber()).isEqualTo("15/QĐ-UBND");
        assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2057, 1, 15));
        assertThat(decided.commended()).extracting(Nominee::party).containsExactly(Party.unit(camAn));
        assertThatThrownBy(() -> commendations.propose(programme, new ProposalDraft(List.of(an), java.util.Map.of()),
                OFFICE)).isInstanceOfSatisfying(InvalidCommendationException.class,
                        e -> assertThat(e.problems().of("proposed").key()).isEqualTo("commendation.decided"));
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'commendation_proposal' "
                + "and entity_id = :id order by id").param("id", String.valueOf(decided.id())).query(String.class).list())
                .containsExactly("CREATE", "UPDATE");
        String page = mvc.perform(get("/programmes/{id}/commendation", programme)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Đã khen thưởng theo Quyết định số 15/QĐ-UBND ngày 15/01/2057")
                .doesNotContain("id=\"proposal-form\"", "id=\"decision-form\"");
    }

    @Test
    @Order(3)
    void theSeedsFinalRankingOf2019IsReadAsAProposalToMake() throws Exception {
        MvcResult page = mvc.perform(get("/programmes/1/commendation")).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("Xếp hạng chính thức", "id=\"proposal-form\"");
        MvcResult docx = mvc.perform(get("/programmes/1/commendation/proposal.docx")).andReturn();
        assertThat(docx.getResponse().getHeader("Content-Disposition")).contains("de-nghi-khen-thuong-2019.docx");
        assertThat(DocxLines.of(docx.getResponse().getContentAsByteArray())).contains("TỜ TRÌNH",
                "Đề nghị khen thưởng tập thể có thành tích trong thực hiện Chương trình phối hợp năm 2019");
    }

    private static Candidate candidate(Candidates ranking, long commune) {
        return ranking.communes().stream().filter(c -> c.party().equals(Party.unit(commune))).findFirst().orElseThrow();
    }

    private static String rate(Candidate candidate) {
        return vn.ansinh.shared.VietnameseNumbers.formatRate(candidate.score());
    }

    private void household(long unit, String code, String head, Classification next) {
        Household draft = new Household(null, unit, code, "Thôn Tân Định", head, null, "Kinh", null, Area.RURAL,
                List.of(new Member(head, Sex.M, LocalDate.of(1975, 3, 1), "Chủ hộ", null, false, true, null, null)));
        long id = registry.registerWithStatus(draft, new HouseholdStatus(YEAR, Classification.POOR,
                PoorCategory.CAN_EXIT, null, null), OFFICE).id();
        registry.setStatus(id, new HouseholdStatus(YEAR + 1, next, next == Classification.POOR ? PoorCategory.CAN_EXIT
                : null, null, null), OFFICE);
    }
}
