package vn.ansinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.households.HouseholdImportResult;
import vn.ansinh.households.HouseholdImports;
import vn.ansinh.households.RegistryTable;
import vn.ansinh.households.RegistryTables;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.NewProgramme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.OnPostgres;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * The household registry at the scale of a province, on PostgreSQL: a synthetic province (by default
 * 120 communes of 8.400 households, 1.008.000 households) imported with full validation against a
 * plain COPY of the same rows; Biểu 2 of the whole province from the registry against a GROUP BY over
 * the households, with the figures compared; the province's list exported as XLSX in a JVM of 256 MB.
 * Run with ./mvnw -Pbench test; the figures go to target/bench/results.md (see docs/benchmarks.md).
 * Not a test of the suite: a benchmark measures, its goals are read from the figures.
 */
@SpringBootTest
@ActiveProfiles("test")
@OnPostgres
class ProvinceBenchmark {

    private static final AccessScope ALL = AccessScope.everything();
    private static final int YEAR = 2027;
    private static final int RUNS = 21;
    private static final Path FOLDER = Path.of("target", "bench");

    @Autowired
    Units units;
    @Autowired
    Programmes programmes;
    @Autowired
    AnnexTables tables;
    @Autowired
    RegistryTables registryTables;
    @Autowired
    HouseholdImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void province() throws Exception {
        int communes = Integer.getInteger("bench.communes", 120);
        int perCommune = Integer.getInteger("bench.householdsPerCommune", 8400);
        long province = units.add(AdministrativeUnit.create(null, UnitKind.PROVINCE, "BENCH", "Tỉnh Thử Nghiệm")).id();
        long[] communeIds = new long[communes];
        for (int c = 1; c <= communes; c++) {
            communeIds[c - 1] = units.add(AdministrativeUnit.create(province, UnitKind.COMMUNE,
                    SyntheticProvince.communeCode(c), SyntheticProvince.communeName(c))).id();
        }
        long programme = programmeOf(province, communeIds);
        long generating = System.nanoTime();
        SyntheticProvince.Written written = new SyntheticProvince(communes, perCommune, YEAR).write(FOLDER, communeIds);
        double generated = seconds(generating);
        List<String> lines = new ArrayList<>();
        lines.add("Synthetic province: %,d communes, %,d households, %,d member rows (%,d poor, %,d of them policy can lift out, %,d near-poor); generated in %.1f s"
                .formatted(communes, written.households(), written.members(), written.poor(), written.canExit(),
                        written.nearPoor(), generated));

        double copy = copyBaseline();
        clearRegistry();
        byte[] list = Files.readAllBytes(FOLDER.resolve("list.csv"));
        long importing = System.nanoTime();
        HouseholdImportResult result = imports.importList("list.csv", list, false, ALL);
        double imported = seconds(importing);
        assertThat(result.errors()).as("the synthetic list imports cleanly").isEmpty();
        assertThat(result.members()).isEqualTo(written.members());
        list = null;
        analyze();
        lines.add("Import with full validation: %.1f s, %,.0f member rows/s (%,d households); plain COPY of the same rows into the same tables: %.1f s, %,.0f rows/s; import / COPY = %.0f %%"
                .formatted(imported, written.members() / imported, written.households(), copy, written.members() / copy,
                        100 * copy / imported));

        lines.add(bieu2(programme, communeIds));
        lines.add(export(province));
        lines.add("Machine: %d cores, %s %s, Java %s, %s".formatted(Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                jdbc.sql("select version()").query(String.class).single()));
        Files.write(FOLDER.resolve("results.md"), lines.stream().map(l -> "- " + l).toList(), StandardCharsets.UTF_8);
        lines.forEach(l -> System.out.println("BENCH " + l));
    }

    /** The province's programme with a Biểu 2 of all its communes, laid out as the seed's Biểu 2. */
    private long programmeOf(long province, long[] communeIds) {
        AnnexTableDefinition seed = tables.computed(1, "bieu-2", ALL).orElseThrow().definition();
        long id = programmes.create(new NewProgramme(province, YEAR, new DocumentReference("", "CTrPH–UBND", null, 1, YEAR),
                "CHƯƠNG TRÌNH PHỐI HỢP THỬ NGHIỆM", "", List.of(), "", "", List.of(), "", List.of(), "benchmark")).id();
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 0; i < communeIds.length; i++) {
            rows.add(new AnnexRow(communeIds[i], String.valueOf(i + 1), "Xã " + SyntheticProvince.communeName(i + 1)));
        }
        tables.define(new AnnexTableDefinition(id, seed.code(), seed.title(), seed.totalLabel(), seed.header(),
                seed.columns(), rows, Map.of(), seed.checks(), List.of()));
        return id;
    }

    /** COPY of the three tables' rows, on one connection; then the tables are emptied again. */
    private double copyBaseline() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate table household restart identity cascade");
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            copy(copies, "household (id, unit_id, code, village, head_name, address, ethnicity, phone, area)", "household.csv");
            copy(copies, "household_member (household_id, sort_order, full_name, sex, birth_date, relation, citizen_id, "
                    + "disability, health_insurance, education, employment)", "member.csv");
            copy(copies, "household_status (household_id, status_year, classification, poor_category, cannot_exit_reason, "
                    + "note)", "status.csv");
            double seconds = seconds(start);
            statement.execute("truncate table household restart identity cascade");
            return seconds;
        }
    }

    private static void copy(CopyManager copies, String table, String file) throws Exception {
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(FOLDER.resolve(file)),
                StandardCharsets.UTF_8), 1 << 16)) {
            copies.copyIn("copy " + table + " from stdin (format csv)", in);
        }
    }

    private void clearRegistry() {
        jdbc.sql("delete from registry_count").update();
    }

    private void analyze() {
        jdbc.sql("analyze household").update();
        jdbc.sql("analyze household_status").update();
        jdbc.sql("analyze household_member").update();
    }

    /** Median latencies of Biểu 2 from the registry and of the GROUP BY it saves, and the figures compared. */
    private String bieu2(long programme, long[] communeIds) {
        List<Long> units = Arrays.stream(communeIds).boxed().toList();
        for (int i = 0; i < 5; i++) {
            registryTables.table(programme, "bieu-2", ALL);
            groupBy(units);
        }
        long[] registry = new long[RUNS];
        long[] direct = new long[RUNS];
        RegistryTable table = null;
        Map<Long, long[]> counted = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            table = registryTables.table(programme, "bieu-2", ALL).orElseThrow();
            registry[i] = System.nanoTime() - start;
            start = System.nanoTime();
            counted = groupBy(units);
            direct[i] = System.nanoTime() - start;
        }
        int same = 0;
        for (ComputedRow row : table.registry().rows()) {
            long[] expected = counted.get(row.unitId());
            long[] actual = {whole(row, "1"), whole(row, "2"), whole(row, "4"), whole(row, "6")};
            same += Arrays.equals(expected, actual) ? 1 : 0;
        }
        assertThat(same).as("communes whose Biểu 2 row equals the GROUP BY").isEqualTo(communeIds.length);
        double fromRegistry = median(registry) / 1e6;
        double groupBy = median(direct) / 1e6;
        return ("Biểu 2 of the province from the registry: median %.1f ms over %d runs; the same figures by GROUP BY over "
                + "the households: median %.1f ms; %.0f times faster; figures identical in %d of %d communes (columns 1, 2, 4, 6)")
                .formatted(fromRegistry, RUNS, groupBy, groupBy / fromRegistry, same, communeIds.length);
    }

    private Map<Long, long[]> groupBy(List<Long> units) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("""
                select h.unit_id, count(*),
                       sum(case when s.classification = 'POOR' then 1 else 0 end),
                       sum(case when s.classification = 'POOR' and s.poor_category = 'CAN_EXIT' then 1 else 0 end),
                       sum(case when s.classification = 'POOR' and s.poor_category = 'CANNOT_EXIT' then 1 else 0 end)
                from household h join household_status s on s.household_id = h.id
                where s.status_year = :year and h.unit_id in (:units) group by h.unit_id""")
                .param("year", YEAR).param("units", units)
                .query((rs, n) -> counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5)}))
                .list();
        return counts;
    }

    /** The export in a JVM of its own with a 256 MB heap. */
    private String export(long province) throws IOException, InterruptedException {
        Path out = FOLDER.resolve("province.xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ExportRun.class.getName(), environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), String.valueOf(province), String.valueOf(YEAR),
                out.toString()).redirectErrorStream(true).start();
        String output;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output = String.join("\n", in.lines().toList());
        }
        int exit = process.waitFor();
        String line = output.lines().filter(l -> l.startsWith("EXPORT ")).findFirst().orElse("");
        assertThat(exit).as("the export JVM (-Xmx256m) ends well; it printed:%n%s", output).isZero();
        Map<String, Long> figures = new HashMap<>();
        for (String pair : line.substring("EXPORT ".length()).split(" ")) {
            figures.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
        }
        return ("XLSX export of the province's list with -Xmx256m: %,d member rows in %.1f s (%,.0f rows/s), file %,d MB, "
                + "peak heap %d MB of %d MB").formatted(figures.get("rows"), figures.get("millis") / 1000.0,
                        figures.get("rows") * 1000.0 / figures.get("millis"), figures.get("bytes") / (1024 * 1024),
                        figures.get("peakHeapMb"), figures.get("maxHeapMb"));
    }

    private static long whole(ComputedRow row, String column) {
        return row.value(column) == null ? 0 : row.value(column).round(0).longValueExact();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
