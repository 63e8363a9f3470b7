package vn.ansinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ansinh.AnsinhApplication;
import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.NewProgramme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.SuccessionChoice;
import vn.ansinh.units.SuccessionImportResult;
import vn.ansinh.units.SuccessionListImport;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitListImport;
import vn.ansinh.units.Units;

/**
 * Today's map for the whole country, on an H2 database as an office installs it: the two national lists imported
 * (10.794 units effective 01/01/2020, 3.355 effective 01/07/2025), the succession list of 3.352 new units resolved
 * (dry run), written with every undecided name decided, and imported again; then a national Biểu 2 of 2024 with a
 * row for each of the communes, wards and townships in force that year, shown as of 01/01/2026 (3.321 communes).
 * Run with ./mvnw -Pbench test -Dtest=NationalMapBenchmark; figures go to target/bench/national-map.md.
 */
class NationalMapBenchmark {

    private static final Path UNITS = Path.of("src", "test", "resources", "units");
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final Set<UnitKind> COMMUNES = EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final List<String> lines = new ArrayList<>();

    @Test
    void importTheMapsResolveTheSuccessionsAndShowANationalTableAsOfToday() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnsinhApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=jdbc:h2:mem:national_map;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--ansinh.accounts.demo.enabled=false", "--ansinh.backup.daily=false", "--logging.level.root=WARN")) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("benchmark", null, List.of()));
            importLists(context.getBean(UnitListImport.class));
            importSuccessions(context.getBean(SuccessionListImport.class));
            nationalTable(context);
        } finally {
            SecurityContextHolder.clearContext();
            Files.createDirectories(Path.of("target", "bench"));
            Files.write(Path.of("target", "bench", "national-map.md"), lines);
        }
    }

    private void importLists(UnitListImport lists) throws Exception {
        for (String[] list : new String[][] {{"units-2025-03.csv", "2020-01-01"}, {"units-2025-07.csv", "2025-07-01"}}) {
            byte[] file = Files.readAllBytes(UNITS.resolve(list[0]));
            var result = timed("import " + list[0] + " effective " + list[1], () -> lists.importList(list[0], file,
                    LocalDate.parse(list[1]), false, VI));
            assertThat(result.errors()).isEmpty();
            line("  created %,d, changed %,d, ended %,d, unchanged %,d".formatted(result.count(kind("CREATED")),
                    result.count(kind("CHANGED")), result.count(kind("ENDED")), result.unchanged()));
        }
    }

    private void importSuccessions(SuccessionListImport imports) throws Exception {
        // Line 2193 of the real list names 00071 for Phường Hiệp Hòa (Quảng Ninh), 07147 in today's list.
        byte[] file = new String(Files.readAllBytes(UNITS.resolve("successions-2025-07.csv")), StandardCharsets.UTF_8)
                .replace("\n2,00071,", "\n2,07147,").getBytes(StandardCharsets.UTF_8);
        SuccessionImportResult dryRun = timed("resolve successions-2025-07.csv (dry run)",
                () -> imports.importList(request(file, true, List.of()), VI));
        line("  events %,d, links to create %,d, names undecided %,d, problems %,d".formatted(dryRun.events(),
                dryRun.created(), dryRun.undecided().size(), dryRun.errors().size()));
        List<SuccessionChoice> choices = dryRun.undecided().stream()
                .map(u -> new SuccessionChoice(u.successor(), u.words(), u.candidates().get(0).code())).toList();
        SuccessionImportResult done = timed("import it with the %,d names decided".formatted(choices.size()),
                () -> imports.importList(request(file, false, choices), VI));
        assertThat(done.written()).isTrue();
        line("  links created %,d, changed %,d".formatted(done.created(), done.changed()));
        SuccessionImportResult again = timed("the same list again", () -> imports.importList(request(file, false, choices), VI));
        line("  created %,d, changed %,d, unchanged %,d".formatted(again.created(), again.changed(), again.unchanged()));
    }

    private void nationalTable(ConfigurableApplicationContext context) {
        Units units = context.getBean(Units.class);
        AnnexTables tables = context.getBean(AnnexTables.class);
        LocalDate day = LocalDate.of(2024, 6, 30);
        List<AdministrativeUnit> communes = units.all().stream().filter(u -> COMMUNES.contains(u.kind()) && u.validOn(day))
                .toList();
        long programme = timed("a national programme of 2024 with a Biểu 2 row for each of %,d communes".formatted(communes.size()),
                () -> programme(context, communes, tables));
        AnnexTableDefinition definition = tables.computed(programme, "bieu-2", AccessScope.everything()).orElseThrow().definition();
        timed("their households and poor households entered (two figures each, as the row form saves them)",
                () -> fill(context.getBean(FigureEditor.class), definition, communes));
        for (int run = 1; run <= 3; run++) {
            int rows = timed("Biểu 2 of 2024 as entered, run " + run,
                    () -> tables.computed(programme, "bieu-2", AccessScope.everything()).orElseThrow().rows().size());
            line("  rows %,d".formatted(rows));
            TableAsOf asOf = timed("Biểu 2 of 2024 as of 2026-01-01, run " + run,
                    () -> tables.asOf(programme, "bieu-2", AccessScope.everything(), LocalDate.of(2026, 1, 1), null).orElseThrow());
            line("  rows %,d, total households %s, poor %s, rows not comparable %,d".formatted(asOf.table().rows().size(),
                    asOf.table().total().value("1"), asOf.table().total().value("2"), asOf.notComparable().size()));
        }
    }

    private static long programme(ConfigurableApplicationContext context, List<AdministrativeUnit> communes, AnnexTables tables) {
        AnnexTableDefinition seed = tables.computed(1, "bieu-2", AccessScope.everything()).orElseThrow().definition();
        long id = context.getBean(Programmes.class).create(new NewProgramme(communes.get(0).parentId(), 2024,
                new DocumentReference("", "CTrPH", null, 1, 2024), "CHƯƠNG TRÌNH THỬ NGHIỆM CẢ NƯỚC", "", List.of(), "", "",
                List.of(), "", List.of(), "benchmark")).id();
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            rows.add(new AnnexRow(communes.get(i).id(), String.valueOf(i + 1), communes.get(i).name()));
        }
        tables.define(new AnnexTableDefinition(id, seed.code(), seed.title(), seed.totalLabel(), seed.header(),
                seed.columns(), rows, Map.of(), seed.checks(), List.of()));
        return id;
    }

    /** 1.000 to 2.999 households a commune, 1 in 40 of them poor: figures of a plausible size, the same each run. */
    private static Object fill(FigureEditor figures, AnnexTableDefinition table, List<AdministrativeUnit> communes) {
        AnnexColumn households = column(table, "1");
        AnnexColumn poor = column(table, "2");
        for (AdministrativeUnit commune : communes) {
            long count = 1_000 + commune.id() * 7919 % 2_000;
            figures.setBaseline(new FigureKey(households.indicatorId(), commune.id(), null), 2024, BigDecimal.valueOf(count));
            figures.setBaseline(new FigureKey(poor.indicatorId(), commune.id(), null), 2024, BigDecimal.valueOf(count / 40));
        }
        return null;
    }

    private static AnnexColumn column(AnnexTableDefinition table, String code) {
        return table.columns().stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
    }

    private static SuccessionListImport.Request request(byte[] file, boolean dryRun, List<SuccessionChoice> choices) {
        return new SuccessionListImport.Request("successions-2025-07.csv", file, REFORM, null, dryRun, choices);
    }

    private static vn.ansinh.units.UnitImportChange.Kind kind(String name) {
        return vn.ansinh.units.UnitImportChange.Kind.valueOf(name);
    }

    private <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        line("%s: %.1f s".formatted(what, (System.nanoTime() - start) / 1e9));
        return result;
    }

    private void line(String line) {
        System.out.println("BENCH " + line);
        lines.add(line);
    }
}
