package vn.ansinh.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused restore, however deep in the start's exceptions, is told as why and what to do. */
class RestoreFailureAnalyzerTest {

    @Test
    void theStartFailsSayingWhyAndWhatToDo() {
        RestoreRefusedException refusal = new RestoreRefusedException("Refusing to restore x.zip: data.",
                "Move the data folder (./data) aside.");
        BeanCreationException start = new BeanCreationException("flywayInitializer", "failed", refusal);

        FailureAnalysis analysis = new RestoreFailureAnalyzer().analyze(start);

        assertThat(analysis.getDescription()).isEqualTo("Refusing to restore x.zip: data.");
        assertThat(analysis.getAction()).isEqualTo("Move the data folder (./data) aside.");
    }
}
