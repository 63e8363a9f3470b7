package vn.ansinh.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.HouseholdExports;
import vn.ansinh.households.HouseholdImportResult;
import vn.ansinh.households.HouseholdImports;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.units.Units;

/**
 * The long runs of the upload checks (./mvnw -Pbench test -Dtest=UploadFuzzBenchmark; see docs/benchmarks.md):
 * thousands of seeded mutations (-Dbench.mutations, per base file) and the round trip of a district's household
 * list (-Dbench.households, 25.554 as Cam Lộ's, about four members each) — imported, exported as XLSX as ansinh
 * does, and imported again. Figures printed as lines starting with BENCH.
 */
@IntegrationTest
class UploadFuzzBenchmark {

    private static final String HEADER = "Xã;Mã hộ;Thôn;Khu vực;Họ tên;Giới tính;Ngày sinh;Quan hệ với chủ hộ\n";
    private static final List<String> COMMUNES = List.of("Cam An", "Cam Thanh", "Cam Thành", "Cam Thủy", "Cam Hiếu",
            "Cam Tuyền", "Cam Chính", "Cam Nghĩa");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    HouseholdImports imports;
    @Autowired
    HouseholdExports exports;
    @Autowired
    Units units;

    @Test
    void mutations() throws Exception {
        long programme = SeedOfYear.of(jdbc, importer, 2051).programmeId();
        int perFile = Integer.getInteger("bench.mutations", 200);
        long start = System.nanoTime();

        List<UploadFuzz.Sent> sent = new UploadFuzz(mvc, jdbc, programme).run(perFile, 2026);

        UploadFuzz.Sent slowest = sent.stream().max(Comparator.comparingLong(UploadFuzz.Sent::millis)).orElseThrow();
        System.out.printf("BENCH fuzz: %d files, %d answered 5xx, %d refused after writing, slowest %s on %s in %d ms, "
                + "total %d s, heap peak %d MB%n", sent.size(), sent.stream().filter(s -> s.status() >= 500).count(),
                sent.stream().filter(UploadFuzz.Sent::partialWrite).count(), slowest.file(), slowest.endpoint(),
                slowest.millis(), (System.nanoTime() - start) / 1_000_000_000, UploadFuzz.heapPeak() >> 20);
        assertThat(sent).filteredOn(s -> s.status() >= 500).isEmpty();
        assertThat(sent).filteredOn(UploadFuzz.Sent::partialWrite).isEmpty();
    }

    @Test
    void aDistrictsHouseholdListReadsBack() throws Exception {
        int households = Integer.getInteger("bench.households", 25_554);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int h = 0; h < households; h++) {
            String commune = COMMUNES.get(h % COMMUNES.size());
            for (int m = 0; m < 1 + h % 7; m++) {
                csv.append(commune).append(";DS-").append(h).append(";Thôn ").append(1 + h % 9).append(";Nông thôn;")
                        .append("Người ").append(h).append('-').append(m).append(m % 2 == 0 ? ";Nam;" : ";Nữ;")
                        .append(1940 + (h + m) % 80).append("-01-01;").append(m == 0 ? "Chủ hộ" : "Con").append('\n');
            }
        }
        HouseholdImportResult written = imports.importList("huyen.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                false, AccessScope.everything());
        assertThat(written.errors()).isEmpty();
        long district = units.byCode("QT.CL").orElseThrow().id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = exports.writeXlsx(district, 2019, AccessScope.everything(), "Dữ liệu cá nhân", out);

        long start = System.nanoTime();
        HouseholdImportResult back = imports.importList("so-ho-huyen.xlsx", out.toByteArray(), true, AccessScope.everything());

        System.out.printf("BENCH district round trip: %d member rows, XLSX %.1f MB, read back in %d ms, %d errors, "
                + "heap peak %d MB%n", rows, out.size() / 1048576.0, (System.nanoTime() - start) / 1_000_000,
                back.errors().size(), UploadFuzz.heapPeak() >> 20);
        assertThat(back.errors()).isEmpty();
        assertThat(back.members()).isEqualTo(rows);
    }
}
