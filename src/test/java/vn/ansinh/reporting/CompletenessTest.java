package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.units.Units;

/**
 * Completeness of a period: the programme's 9 communes and 5 organisations expected; a report submitted
 * after the due day is late, one before it on time; unsubmitted ones overdue once the day has passed.
 */
@IntegrationTest
class CompletenessTest {

    private static final AccessScope OFFICE = AccessScope.everything();

    @Autowired
    CompletenessReport completeness;
    @Autowired
    Reports reports;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    MockMvc mvc;

    @Test
    void aPastPeriodHasItsReportsLateOrOverdue() throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        submit(1, "2019-03", camAn);

        Completeness march = completeness.of(1, "2019-03", OFFICE);

        // 9 communes, Biểu 3's 5 organisations and the elderly association with targets of its own
        assertThat(march.expected()).isEqualTo(15);
        assertThat(march.reporters()).extracting(Completeness.Line::kind).containsOnly(ReporterKind.UNIT,
                ReporterKind.ORGANISATION);
        assertThat(march.reporters()).filteredOn(l -> l.id() == camAn && l.kind() == ReporterKind.UNIT).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo("LATE"));
        assertThat(march.reporters()).filteredOn(l -> l.id() != camAn).extracting(Completeness.Line::status)
                .containsOnly("OVERDUE");
        assertThat(march.submitted()).isEqualTo(1);
        assertThat(march.late()).isEqualTo(1);
        assertThat(march.missing()).isEqualTo(14);
        assertThat(march.onTimeRate()).isEqualByComparingTo("0.00");
        mvc.perform(get("/api/v1/programmes/1/completeness").param("period", "2019-03")).andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(15)).andExpect(jsonPath("$.late").value(1))
                .andExpect(jsonPath("$.dueOn").value("2019-04-05"));
    }

    @Test
    void aComingPeriodHasItsReportsOnTimeOrNotYetDue() {
        long programme = SeedOfYear.of(jdbc, importer, 2079).programmeId();
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        submit(programme, "2079-08", camAn);

        Completeness august = completeness.of(programme, "2079-08", OFFICE);

        assertThat(august.onTime()).isEqualTo(1);
        assertThat(august.reporters()).filteredOn(l -> l.id() != camAn).extracting(Completeness.Line::status)
                .containsOnly("NOT_DUE");
        assertThat(august.onTimeRate()).isEqualByComparingTo("6.67");
    }

    private void submit(long programme, String periodCode, long unit) {
        ReportingPeriod period = reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(periodCode))
                .findFirst().orElseThrow();
        Report report = reports.open(period.id(), ReporterKind.UNIT, unit, "canbo", OFFICE);
        reports.submit(report.id(), report.version(), "canbo", OFFICE);
    }
}
