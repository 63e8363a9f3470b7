package vn.ansinh.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.Sex;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * Biểu 1 with what was achieved: Cam An's job placements and Cam Thanh's trainees counted from their
 * records — equal to a direct count — Cam Thủy's jobs from the monthly counts it reports; the
 * percentages of each commune and of the total; records refused when their kind's facts are missing.
 */
@IntegrationTest
class LabourProgressTest {

    private static final AccessScope ALL = AccessScope.everything();
    /** A past year, so that records of it are not in the future; the year before has its programme too. */
    private static final int YEAR = 2015;

    @Autowired
    LabourRecords records;
    @Autowired
    LabourProgress progress;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    MockMvc mvc;

    long programme;
    long camAn;
    long camThanh;
    long camThuy;

    @BeforeEach
    void setUp() {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        camThanh = units.byCode("QT.CL.THANH").orElseThrow().id();
        camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        SeedOfYear.of(jdbc, importer, YEAR - 1);
        programme = seed.programmeId();
        if (!seed.created()) {
            return;
        }
        records.record(job(camAn, LocalDate.of(YEAR, 2, 10), "Lê Văn Hải"), ALL);
        records.record(job(camAn, LocalDate.of(YEAR, 6, 1), "Trần Thị Thu"), ALL);
        records.record(job(camAn, LocalDate.of(YEAR - 1, 12, 31), "Năm trước"), YEAR - 1, ALL);
        long course = records.addCourse(camThanh, "Kỹ thuật chăn nuôi", "Sơ cấp", 3, "Trung tâm GDNN huyện",
                "Đề án 1956", LocalDate.of(YEAR, 3, 1), ALL);
        for (String name : List.of("Hồ Văn Bảy", "Hồ Thị Tám")) {
            records.record(new LabourRecord(null, RecordKind.TRAINEE, camThanh, LocalDate.of(YEAR, 3, 1), name, Sex.M,
                    null, "045080001234", null, null, null, course, LocalDate.of(YEAR, 6, 1), null, null, null, null, null), ALL);
        }
        records.enterCount(camThuy, RecordKind.JOB_PLACEMENT, YEAR, 1, 5, ALL);
        records.enterCount(camThuy, RecordKind.JOB_PLACEMENT, YEAR, 2, 7, ALL);
        records.enterCount(camThuy, RecordKind.JOB_PLACEMENT, YEAR, 3, 0, ALL);
    }

    @Test
    void eachCommunesTargetStandsBesideWhatItAchieved() {
        ActualsTable table = progress.table(programme, "bieu-1", ALL).orElseThrow();

        assertThat(table.columns()).extracting(ActualsTable.Column::code).containsExactly("6", "7", "8", "9");
        ActualsTable.Actual camAnJobs = row(table, camAn).values().get("6");
        assertThat(camAnJobs.target()).isEqualByComparingTo("215");
        assertThat(camAnJobs.achieved()).isEqualTo(2).isEqualTo(direct(camAn, "JOB_PLACEMENT"));
        assertThat(camAnJobs.percent()).isEqualByComparingTo("0.93");
        assertThat(camAnJobs.source()).isEqualTo("RECORDS");
        ActualsTable.Actual camThuyJobs = row(table, camThuy).values().get("6");
        assertThat(camThuyJobs.achieved()).isEqualTo(12);
        assertThat(camThuyJobs.source()).isEqualTo("COUNTS");
        assertThat(row(table, camThanh).values().get("7").achieved()).isEqualTo(2).isEqualTo(direct(camThanh, "TRAINEE"));
        ActualsTable.Actual totalJobs = table.total().values().get("6");
        assertThat(totalJobs.target()).isEqualByComparingTo("1296");
        assertThat(totalJobs.achieved()).isEqualTo(14);
        assertThat(totalJobs.percent()).isEqualByComparingTo("1.08");
        assertThat(row(table, camAn).values().get("9").source()).isEqualTo("NONE");
    }

    @Test
    void theProjectionFollowsThePaceToTheYearsEnd() {
        assertThat(LabourProgress.projection(10, 2026, LocalDate.of(2025, 12, 31))).isNull();
        assertThat(LabourProgress.projection(10, 2026, LocalDate.of(2026, 7, 2))).isEqualTo(20);
        assertThat(LabourProgress.projection(3, 2026, LocalDate.of(2026, 1, 1))).isEqualTo(1095);
        assertThat(LabourProgress.projection(10, 2026, LocalDate.of(2027, 1, 1))).isEqualTo(10);
    }

    @Test
    void aRecordWithoutWhatItsKindNeedsIsRefused() {
        assertRefused(new LabourRecord(null, RecordKind.JOB_PLACEMENT, camAn, LocalDate.of(YEAR, 1, 1), "A", Sex.M, null,
                null, null, null, null, null, null, null, null, null, null, null), "labour.record.place");
        assertRefused(new LabourRecord(null, RecordKind.TRAINEE, camAn, LocalDate.of(YEAR, 1, 1), "A", Sex.M, null,
                null, null, null, null, 999_999L, null, null, null, null, null, null), "labour.record.course");
        assertRefused(new LabourRecord(null, RecordKind.CERTIFICATE, camAn, LocalDate.of(YEAR, 1, 1), "A", Sex.M, null,
                null, null, null, null, null, null, " ", null, null, null, null), "labour.record.occupation");
        assertRefused(new LabourRecord(null, RecordKind.EXPORT_DEPARTURE, camAn, LocalDate.of(YEAR, 1, 1), "A", Sex.F,
                null, null, null, null, null, null, null, null, null, null, 36, null), "labour.record.country");
        assertThatThrownBy(() -> records.enterCount(camThuy, RecordKind.TRAINEE, YEAR, 13, 1, ALL))
                .isInstanceOf(LabourRefusal.class);
        SeedScopes scopes = new SeedScopes(units, partners);
        assertThatThrownBy(() -> records.record(job(camThanh, LocalDate.of(YEAR, 1, 1), "B"),
                scopes.communeOfficer(SeedScopes.CAM_AN))).isInstanceOf(LabourNotFoundException.class);
    }

    @Test
    void citizenIdsAreMaskedForAViewerAndTheApiGivesTheActuals() throws Exception {
        SeedScopes scopes = new SeedScopes(units, partners);
        assertThat(records.of(List.of(camThanh), YEAR, scopes.viewer("QT.CL.THANH")))
                .extracting(LabourRecord::citizenId).containsOnly("********1234");
        mvc.perform(get("/api/v1/programmes/" + programme + "/tables/bieu-1").param("with", "actuals"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.values['6'].achieved").value(14))
                .andExpect(jsonPath("$.total.values['6'].percent").value(1.08));
        mvc.perform(get("/api/v1/programmes/" + programme + "/progress")).andExpect(status().isOk())
                .andExpect(jsonPath("$.communes['Cam Thủy'].JOB_PLACEMENT.source").value("COUNTS"))
                .andExpect(jsonPath("$.communes['Cam Thủy'].JOB_PLACEMENT.months[1]").value(7));
    }

    private void assertRefused(LabourRecord record, String code) {
        assertThatThrownBy(() -> records.record(record, ALL)).isInstanceOfSatisfying(LabourRefusal.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private long direct(long unit, String kind) {
        return jdbc.sql("select count(*) from labour_record where unit_id = :unit and kind = :kind and "
                + "record_date between :from and :to").param("unit", unit).param("kind", kind)
                .param("from", LocalDate.of(YEAR, 1, 1)).param("to", LocalDate.of(YEAR, 12, 31)).query(Long.class).single();
    }

    private static ActualsTable.Row row(ActualsTable table, long unit) {
        return table.rows().stream().filter(r -> r.unitId() == unit).findFirst().orElseThrow();
    }

    private static LabourRecord job(long unit, LocalDate date, String name) {
        return new LabourRecord(null, RecordKind.JOB_PLACEMENT, unit, date, name, Sex.F, LocalDate.of(1995, 5, 5), null,
                JobPlace.IN_PROVINCE, "May mặc", "Công ty may Quảng Trị", null, null, null, null, null, null, null);
    }
}
