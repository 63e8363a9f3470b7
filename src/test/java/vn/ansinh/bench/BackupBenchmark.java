package vn.ansinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.AnsinhApplication;
import vn.ansinh.households.RegistryTables;
import vn.ansinh.shared.AccessScope;

/**
 * Backup and restore of an office's H2 file database holding a province (-Dbench.households, 1.000.000 unless
 * set; 120 communes): the province is written into a file database through ansinh (units, a programme with
 * Biểu 2 of every commune) and H2's CSVREAD (the households, members and statuses of SyntheticProvince, the
 * kept counts then set by RegistryRecount). The backup and the restore each run in a JVM of ansinh's production
 * heap (BackupRun); the restored database is compared table by table, then started as ansinh and its Biểu 2
 * compared with the original's. Run with ./mvnw -Pbench test -Dtest=BackupBenchmark; figures go to
 * target/bench/backup.md (see docs/benchmarks.md).
 */
class BackupBenchmark {

    private static final Path FOLDER = Path.of("target", "bench");
    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    private static final String HEAP = System.getProperty("bench.backup.heap", "1g");

    @Test
    void backupAndRestore() throws Exception {
        int households = Integer.getInteger("bench.households", 1_000_000);
        Path work = Files.createTempDirectory(Files.createDirectories(FOLDER), "backup-");
        String original = url(work.resolve("original"));
        String restored = url(work.resolve("restored"));
        Path zip = work.resolve("ansinh-bench.zip");
        List<String> lines = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println("BENCH " + line); // as it is measured: a long run shows where it is
                return super.add(line);
            }
        };

        ProvinceFill.Filled filled;
        Map<String, String> bieu2;
        try (ConfigurableApplicationContext context = start(original, work)) {
            filled = new ProvinceFill(context, work).fill(households);
            bieu2 = bieu2(context, filled.programme());
        }
        lines.add(filled.describe());
        Map<String, Long> rowsBefore = rowCounts(original);
        long originalBytes = size(work.resolve("original"));

        Map<String, Long> backup = run("backup", original, zip);
        long zipBytes = Files.size(zip);
        lines.add("Backup (DatabaseScripts.scriptTo, SCRIPT TO … COMPRESSION ZIP, the SQL Backups.make runs) of a %,d MB database in a JVM of -Xmx%s: %.1f s, file %,.1f MB, peak heap %,d MB (sum of the heap pools' peaks)"
                .formatted(originalBytes >> 20, HEAP, backup.get("millis") / 1000.0, zipBytes / 1048576.0,
                        backup.get("peakHeapMb")));

        Map<String, Long> restore = run("restore", restored, zip);
        long restoredBytes = size(work.resolve("restored"));
        lines.add("Restore (RestoreBeforeMigration.restoreInto, RUNSCRIPT into an empty file database, what --ansinh.backup.restore runs before Flyway) in a JVM of -Xmx%s: %.1f s, peak heap %,d MB; database on disk %,d MB (the original: %,d MB)"
                .formatted(HEAP, restore.get("millis") / 1000.0, restore.get("peakHeapMb"), restoredBytes >> 20,
                        originalBytes >> 20));

        Map<String, Long> rowsAfter = rowCounts(restored);
        assertThat(rowsAfter).as("rows per table after the restore").isEqualTo(rowsBefore);
        lines.add("Rows per table: the same in both databases, %d tables, %,d rows in all (household %,d, household_member %,d, household_status %,d)"
                .formatted(rowsBefore.size(), rowsBefore.values().stream().mapToLong(Long::longValue).sum(),
                        rowsBefore.get("household"), rowsBefore.get("household_member"), rowsBefore.get("household_status")));

        long starting = System.nanoTime();
        try (ConfigurableApplicationContext context = start(restored, work)) {
            double started = (System.nanoTime() - starting) / 1e9;
            Map<String, String> restoredBieu2 = bieu2(context, filled.programme());
            assertThat(restoredBieu2).as("Biểu 2 from the registry of the restored database").isEqualTo(bieu2);
            lines.add("ansinh started on the restored database (Flyway, the counts' recount at start) in %.1f s; Biểu 2 of the province from the registry identical: %d of %d rows"
                    .formatted(started, restoredBieu2.size(), bieu2.size()));
        }
        lines.add("Machine: %d cores, %s %s, Java %s, H2 %s".formatted(Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                org.h2.engine.Constants.VERSION));
        Files.write(FOLDER.resolve("backup.md"), lines.stream().map(l -> "- " + l).toList(), StandardCharsets.UTF_8);
        deleteAll(work);
    }

    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("ansinh") + OPTIONS;
    }

    /** ansinh without its web server on this database: Flyway, the seed, no schedule, no demo accounts. */
    private static ConfigurableApplicationContext start(String url, Path work) {
        return new SpringApplicationBuilder(AnsinhApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--ansinh.accounts.demo.enabled=false", "--ansinh.backup.daily=false",
                        "--ansinh.backup.folder=" + work.resolve("backups"), "--logging.level.root=WARN");
    }

    /** Biểu 2's rows from the registry, each by its unit and its values in column order. */
    private static Map<String, String> bieu2(ConfigurableApplicationContext context, long programme) {
        Map<String, String> rows = new TreeMap<>();
        context.getBean(RegistryTables.class).table(programme, "bieu-2", AccessScope.everything()).orElseThrow()
                .registry().rows().forEach(row -> rows.put(row.position() + " " + row.unitId() + " " + row.label(),
                        new TreeMap<>(row.values()).toString()));
        return rows;
    }

    /** Rows of every table, read with a plain connection (the database closed again after). */
    private static Map<String, Long> rowCounts(String url) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(url);
        database.setUser("sa");
        JdbcClient jdbc = JdbcClient.create(database);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'").query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    /** Runs BackupRun in a JVM of its own; its figures (millis, peakHeapMb, maxHeapMb). */
    private static Map<String, Long> run(String mode, String url, Path zip) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"),
                BackupRun.class.getName(), mode, url, zip.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String output;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output = String.join("\n", in.lines().toList());
        }
        assertThat(process.waitFor()).as("the %s JVM (-Xmx%s) ends well; it printed:%n%s", mode, HEAP, output).isZero();
        String line = output.lines().filter(l -> l.startsWith("RUN ")).findFirst().orElseThrow();
        Map<String, Long> figures = new HashMap<>();
        for (String pair : line.substring("RUN ".length()).split(" ")) {
            figures.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
        }
        return figures;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
