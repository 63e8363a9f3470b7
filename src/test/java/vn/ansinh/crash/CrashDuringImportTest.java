package vn.ansinh.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The suite's power cut: 2.000 households imported whole, then the same import of another list killed at two
 * moments (a third and nine tenths of the time the whole one took) — none or all of it left each time, the kept
 * counts exact, and ansinh starting again on the file. The long variant is {@code CrashBenchmark}.
 */
class CrashDuringImportTest {

    @Test
    void anImportKilledWithTheServerLeavesNoneOrAllOfItAndAnsinhStartsAgain() throws Exception {
        Path folder = Path.of("target", "crash", UUID.randomUUID().toString());

        List<ImportCrashes.Outcome> outcomes = ImportCrashes.run(folder, 2_000, 0.3, 0.9);

        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o.households()).isIn(0, 2_000));
        assertThat(outcomes.get(0).status()).as("the kill at a third of the time came before the import's answer")
                .isEqualTo(-1);
    }
}
