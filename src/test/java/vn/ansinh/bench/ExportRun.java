package vn.ansinh.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ansinh.AnsinhApplication;
import vn.ansinh.households.HouseholdExports;
import vn.ansinh.shared.AccessScope;

/**
 * The household list export in a JVM of its own, started by {@link ProvinceBenchmark} with a small
 * heap: ansinh (without its web server) on the benchmark's database, one export, its figures printed.
 * Arguments: JDBC URL, user, unit id, year, output file.
 */
public final class ExportRun {

    private ExportRun() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnsinhApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
                        "--spring.datasource.password=", "--spring.flyway.enabled=false",
                        "--ansinh.intake.seed.enabled=false", "--ansinh.accounts.demo.enabled=false",
                        "--logging.level.root=WARN")) {
            HouseholdExports exports = context.getBean(HouseholdExports.class);
            long start = System.nanoTime();
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[4])))) {
                rows = exports.writeXlsx(Long.parseLong(args[2]), Integer.parseInt(args[3]), AccessScope.everything(), "Dữ liệu cá nhân", out);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("EXPORT rows=%d millis=%d peakHeapMb=%d maxHeapMb=%d bytes=%d%n", rows, millis,
                    peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), Files.size(Path.of(args[4])));
        }
    }
}
