package vn.ansinh.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.planning.NextYear;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.PartyKind;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.targets.Indicators;

/**
 * The seed's section II as commitments, counted against its data file: each duty a commitment of each party its
 * section binds, the cadence read from the wording. Then, on a programme of its own (the seed in 2110), the
 * coordinating office adds, changes and ends a commitment, each audited, a wrong due date said beside its field.
 */
@IntegrationTest
class CommitmentsTest {

    static final int YEAR = 2110;

    @Autowired
    Commitments commitments;
    @Autowired
    ProgrammeParties parties;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    NextYear nextYear;
    @Autowired
    Indicators indicators;

    long seed;
    long programme;

    @BeforeEach
    void programmes() {
        seed = jdbc.sql("select p.id from programme p join administrative_unit u on u.id = p.coordinating_unit_id "
                + "where p.programme_year = 2019 and u.code = 'QT.CL' order by p.id").query(Long.class).list().get(0);
        programme = SeedOfYear.of(jdbc, importer, YEAR).programmeId();
    }

    @Test
    void theSeedsSectionTwoIsACommitmentOfEachPartyItsDutiesBind() {
        SeedDuties file = SeedDuties.read();
        List<ProgrammeParty> bound = parties.of(seed);
        List<Commitment> made = commitments.of(seed);

        assertThat(file.parties().get(PartyRole.ALL_PARTIES)).as("the parties the file names").isEqualTo(16);
        assertThat(bound).hasSize(file.parties().get(PartyRole.ALL_PARTIES));
        assertThat(made).as("items of each duties section × the parties its role binds").hasSize(file.commitments());
        assertThat(bound).allSatisfy(p -> assertThat(made.stream().filter(c -> c.party().equals(p.party())).count())
                .as("commitments of %s", p.name()).isEqualTo(file.ofOneParty(p.role())));
        assertThat(made).extracting(Commitment::domain).containsOnly(Domain.LABOUR, Domain.POVERTY);
    }

    @Test
    void theCadenceIsReadFromTheWording() {
        List<Commitment> made = commitments.of(seed);

        assertThat(cadenceOf(made, "Các Hội Đoàn thể giao chỉ tiêu cụ thể")).isEqualTo(Cadence.YEARLY);
        assertThat(cadenceOf(made, "Thông tin thường xuyên cho các bên về tiến độ, kết quả thực hiện. Hàng tháng"))
                .as("«thường xuyên» and «Hàng tháng»: the monthly meeting").isEqualTo(Cadence.MONTHLY);
        assertThat(cadenceOf(made, "Thông tin thường xuyên cho các bên về tiến độ, kết quả thực hiện trong hàng tháng"))
                .isEqualTo(Cadence.MONTHLY);
        assertThat(cadenceOf(made, "Thực hiện các chế độ chính sách cho người lao động")).isEqualTo(Cadence.ONGOING);
        assertThat(made).filteredOn(c -> c.cadence() == Cadence.YEARLY).extracting(Commitment::text)
                .allSatisfy(t -> assertThat(t).containsIgnoringCase("hàng năm"));
    }

    @Test
    void theOfficeAddsChangesAndEndsACommitmentEachAudited() throws Exception {
        ProgrammeParty farmers = parties.of(programme).stream().filter(p -> p.name().equals("Hội ND")).findFirst()
                .orElseThrow();
        String typed = "Tổ chức 04 lớp tập huấn chuyển giao khoa học kỹ thuật cho hội viên nghèo";

        MvcResult refused = mvc.perform(post("/admin/programmes/{id}/commitments", programme).with(csrf())
                .param("party", farmers.party().key()).param("domain", "POVERTY").param("text", typed)
                .param("cadence", "QUARTERLY").param("due", "31/02/" + YEAR)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("id=\"due-problem\"",
                "31/02/2110 không phải là ngày có thật", typed);

        MvcResult added = mvc.perform(post("/admin/programmes/{id}/commitments", programme).with(csrf())
                .param("party", farmers.party().key()).param("domain", "POVERTY").param("text", typed)
                .param("cadence", "QUARTERLY").param("due", "30/06/" + YEAR)).andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        Commitment made = commitments.ofParty(programme, farmers.party()).stream().filter(c -> c.text().equals(typed))
                .findFirst().orElseThrow();
        assertThat(made.due()).isEqualTo(LocalDate.of(YEAR, 6, 30));
        assertThat(made.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(made.heading()).isNull();

        long trainees = indicators.byCode("VOCATIONAL_TRAINEES").orElseThrow().id();
        assertThat(mvc.perform(get("/admin/programmes/{id}/commitments/{c}/edit", programme, made.id())).andReturn()
                .getResponse().getContentAsString()).as("the form as saved: its cadence chosen, its due date printed")
                .containsPattern("<option value=\"QUARTERLY\"[^>]*selected").contains("value=\"30/06/2110\"");
        assertThat(mvc.perform(post("/admin/programmes/{id}/commitments/{c}/edit", programme, made.id()).with(csrf())
                .param("text", typed + " (02 lớp mỗi 6 tháng)").param("cadence", "QUARTERLY").param("due", "")
                .param("indicator", String.valueOf(trainees))).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/admin/programmes/{id}/commitments/{c}/edit", programme, made.id())).andReturn()
                .getResponse().getContentAsString()).containsPattern("<option value=\"" + trainees + "\"[^>]*selected");
        assertThat(commitments.byId(programme, made.id()).orElseThrow().due()).isNull();
        assertThat(mvc.perform(post("/admin/programmes/{id}/commitments/{c}/end", programme, made.id()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        assertThat(commitments.ofParty(programme, farmers.party())).extracting(Commitment::id).doesNotContain(made.id());
        assertThat(commitments.byId(programme, made.id()).orElseThrow().endedOn()).isNotNull();
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'commitment' and entity_id = :id "
                + "order by id").param("id", made.id().toString()).query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(mvc.perform(get("/admin/programmes/{id}/commitments", programme).param("party",
                farmers.party().key())).andReturn().getResponse().getContentAsString())
                .contains("id=\"commitment-" + made.id() + "\"", "text-decoration-line-through");
    }

    @Test
    void theApiListsTheProgrammesCommitmentsWithTheirParties() throws Exception {
        String json = mvc.perform(get("/api/v1/programmes/{id}/commitments", seed)).andReturn().getResponse()
                .getContentAsString();

        assertThat(JsonPath.<List<Object>>read(json, "$")).hasSize(commitments.of(seed).size());
        List<Map<String, Object>> front = JsonPath.read(json, "$[?(@.party.name == 'UBMTTQVN huyện')]");
        assertThat(front).hasSize(SeedDuties.read().ofOneParty(PartyRole.FRONT_AND_ASSOCIATIONS));
        assertThat(front.get(0)).containsOnlyKeys("id", "party", "domain", "text", "due", "status");
        assertThat(front.get(0).get("party")).isEqualTo(Map.of("kind", PartyKind.ORGANISATION.name(), "code", "CL.MTTQ",
                "name", "UBMTTQVN huyện"));
        assertThat(front.get(0).get("domain")).isEqualTo("LABOUR");
        assertThat(mvc.perform(get("/api/v1/programmes/{id}/commitments", 999999)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void nextYearsProgrammeGetsTheCommitmentsOfItsDuties() {
        long next = jdbc.sql("select id from programme where programme_year = :year").param("year", YEAR + 1)
                .query(Long.class).optional().orElseGet(() -> nextYear.create(programme, YEAR + 1).id());
        SeedDuties file = SeedDuties.read();

        List<ProgrammeParty> bound = parties.of(next);
        assertThat(commitments.of(next)).hasSize(bound.stream().mapToInt(p -> file.ofOneParty(p.role())).sum());
        assertThat(bound).allSatisfy(p -> assertThat(commitments.ofParty(next, p.party())).isNotEmpty());
    }

    private static Cadence cadenceOf(List<Commitment> made, String start) {
        return made.stream().filter(c -> c.text().startsWith(start)).map(Commitment::cadence).findFirst().orElseThrow();
    }
}
