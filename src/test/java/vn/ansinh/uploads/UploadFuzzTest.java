package vn.ansinh.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;

/**
 * A few hundred seeded mutations of the files ansinh exports (Biểu workbooks, household, labour and person
 * lists as XLSX and CSV, the programme file) and hostile files (a zip bomb, a Word file, a zip of text, a
 * nested zip, OLE2 garbage): every one answered without a 5xx, none refused after writing anything, none
 * taking more than a few seconds. The longer run is UploadFuzzBenchmark.
 */
@IntegrationTest
class UploadFuzzTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;

    @Test
    void noMutatedOrHostileFileGetsA5xxWritesWhenRefusedOrHangs() throws Exception {
        long programme = SeedOfYear.of(jdbc, importer, 2051).programmeId();

        List<UploadFuzz.Sent> sent = new UploadFuzz(mvc, jdbc, programme).run(30, 20191);

        sent.stream().sorted(java.util.Comparator.comparingLong(UploadFuzz.Sent::millis).reversed()).limit(5)
                .forEach(s -> System.out.println("slowest: " + s));
        assertThat(sent).hasSizeGreaterThan(300);
        assertThat(sent).filteredOn(s -> s.status() >= 500).as("answered 5xx").isEmpty();
        assertThat(sent).filteredOn(UploadFuzz.Sent::partialWrite).as("refused after writing").isEmpty();
        assertThat(sent).filteredOn(s -> s.millis() > 20_000).as("slower than 20 s (on a 2-core machine shared by seven builds)").isEmpty();
    }
}
