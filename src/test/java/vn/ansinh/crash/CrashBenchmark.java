package vn.ansinh.crash;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The long power-cut run: a district's list (-Dbench.households, 25.554 by default) killed at ten moments, from
 * a twentieth to nineteen twentieths of the time the whole import took. Each outcome is printed as a line starting
 * with BENCH. Run with ./mvnw -Pbench test -Dtest=CrashBenchmark.
 */
class CrashBenchmark {

    @Test
    void tenPowerCutsDuringADistrictsImport() throws Exception {
        int households = Integer.getInteger("bench.households", 25_554);
        double[] moments = IntStream.range(0, 10).mapToDouble(i -> 0.05 + i * 0.1).toArray();

        List<ImportCrashes.Outcome> outcomes = ImportCrashes.run(Path.of("target", "bench", "crash",
                UUID.randomUUID().toString()), households, moments);

        outcomes.forEach(o -> System.out.printf("BENCH crash at %.2f (%d ms): answer %d, households left %d of %d%n",
                o.moment(), o.afterMillis(), o.status(), o.households(), households));
    }
}
