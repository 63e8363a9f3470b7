package vn.ansinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.partners.OrganisationSuccession;
import vn.ansinh.partners.OrganisationsFollowUnits;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RealHistory;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * The seed's data records what became of its units after 2019 in a file of its own, without a programme: Cam An and
 * Cam Thanh merged into Thanh An on 01/01/2020. Loaded at start after the programme, through the users' import.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:later_units_file;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
class LaterUnitsFileTest {

    static final String FOLLOW_UP = "/seed/cam-lo-2020-thanh-an.yaml";
    static final LocalDate MERGED = LocalDate.of(2020, 1, 1);

    @Autowired
    ProgrammeImporter importer;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    OrganisationsFollowUnits follow;
    @Autowired
    Programmes programmes;
    @Autowired
    AnnexTables tables;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMergeOf2020IsInTheSeedsDataAndTheOrganisationsFollowed() {
        AdministrativeUnit thanhAn = units.byCode("QT.CL.THANHAN").orElseThrow();
        assertThat(thanhAn.gsoCode()).isEqualTo("19603");
        assertThat(thanhAn.validFrom()).isEqualTo(MERGED);
        assertThat(thanhAn.parentId()).isEqualTo(units.byCode("QT.CL").orElseThrow().id());
        assertThat(units.byCode("QT.CL.AN").orElseThrow().validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(units.byCode("QT.CL.THANH").orElseThrow().validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(jdbc.sql("select legal_basis from unit_succession where successor_id = :id").param("id", thanhAn.id())
                .query(String.class).list()).containsExactly("Nghị quyết 832/NQ-UBTVQH14", "Nghị quyết 832/NQ-UBTVQH14");

        assertThat(partners.byCode("AN.UBND").orElseThrow().unitId()).as("Cam An's committee goes on in Thanh An")
                .isEqualTo(thanhAn.id());
        assertThat(follow.history(partners.byCode("THANH.UBND").orElseThrow().id()))
                .extracting(OrganisationSuccession::kind, OrganisationSuccession::continuedInId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrganisationSuccession.Kind.MERGED,
                        partners.byCode("AN.UBND").orElseThrow().id()));

        long seed = programmes.all().get(0).id();
        assertThat(tables.computed(seed, "bieu-2", AccessScope.everything()).orElseThrow().rows())
                .as("the 2019 table keeps its nine communes").hasSize(9);
        assertThat(units.members(units.byCode("QT.CL").orElseThrow().id(), 2019)).hasSize(9);
        assertThat(units.members(units.byCode("QT.CL").orElseThrow().id(), 2020)).as("Thanh An for Cam An and Cam Thanh")
                .hasSize(8);
    }

    @Test
    void theSameFileAgainChangesNothingAndTheSeedsOrganisationsAreStillFoundWhereTheFileSaysTheyWere() throws IOException {
        long audited = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        ImportResult again = importer.importFile("cam-lo-2020-thanh-an.yaml", resource(FOLLOW_UP), false);
        ImportResult organisations = importText("to-chuc.yaml", """
                format: ansinh-programme/1
                organisations:
                  - {code: AN.UBND, kind: PEOPLES_COMMITTEE, unit: QT.CL.AN, name: "Ủy ban nhân dân xã Cam An", shortName: "UBND xã Cam An"}
                """, false);

        assertThat(again.errors()).isEmpty();
        assertThat(again.programmeId()).isNull();
        assertThat(again.created()).isEqualTo(ImportCounts.NONE);
        assertThat(organisations.errors()).as("Cam An's committee, moved on by the merge, is the one the file names")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(audited);
    }

    @Test
    void anImpossibleDayIsRefusedNamingLineAndFieldAndNothingIsWritten() throws IOException {
        long before = jdbc.sql("select count(*) from administrative_unit").query(Long.class).single();

        ImportResult result = importText("don-vi.yaml", """
                format: ansinh-programme/1
                units:
                  - {code: TEST.LATER.1, kind: PROVINCE, name: Tỉnh thử, from: "31/06/2019"}
                  - {code: TEST.LATER.2, kind: PROVINCE, name: Tỉnh thử hai, from: "01/07/2019", until: "30/06/2019"}
                """, false);

        assertThat(result.errors()).extracting(IntakeError::line, IntakeError::field, IntakeError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "from", "intake.date.invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "until", "intake.unit.endsBeforeStart"));
        assertThat(jdbc.sql("select count(*) from administrative_unit").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSuccessionThatBreaksTheRulesOrNamesNoUnitIsRefusedWhole() throws IOException {
        long before = jdbc.sql("select count(*) from unit_succession").query(Long.class).single();

        ImportResult unknown = importText("sap-nhap.yaml", """
                format: ansinh-programme/1
                units:
                  - {code: TEST.MERGED, kind: PROVINCE, name: Tỉnh sau sáp nhập, from: "01/07/2025"}
                successions:
                  - {kind: MERGED, effective: "01/07/2025", predecessors: [QT, TEST.NONE], successor: TEST.MERGED, basis: "NQ thử"}
                """, false);
        ImportResult one = importText("sap-nhap.yaml", """
                format: ansinh-programme/1
                units:
                  - {code: TEST.MERGED, kind: PROVINCE, name: Tỉnh sau sáp nhập, from: "01/07/2025"}
                successions:
                  - {kind: MERGED, effective: "01/07/2025", predecessors: [QT], successor: TEST.MERGED, basis: "NQ thử"}
                """, false);
        ImportResult tablesAlone = importText("bieu.yaml", """
                format: ansinh-programme/1
                targets:
                  - {indicator: JOBS_CREATED, unit: QT.CL, plan: 1200}
                """, true);

        assertThat(unknown.errors()).extracting(IntakeError::line, IntakeError::field, IntakeError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "predecessors", "intake.unit.unknown"));
        assertThat(one.errors()).extracting(IntakeError::line, IntakeError::field, IntakeError::code)
                .as("a merge needs two units before").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "predecessors", "units.succession.merge.count"));
        assertThat(tablesAlone.errors()).extracting(IntakeError::field, IntakeError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("programme", "intake.programme.missing"));
        assertThat(units.byCode("TEST.MERGED")).as("nothing written").isEmpty();
        assertThat(jdbc.sql("select count(*) from unit_succession").query(Long.class).single()).isEqualTo(before);
    }

    private ImportResult importText(String name, String text, boolean dryRun) throws IOException {
        return importer.importFile(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), dryRun);
    }

    private static InputStream resource(String path) {
        return LaterUnitsFileTest.class.getResourceAsStream(path);
    }
}
