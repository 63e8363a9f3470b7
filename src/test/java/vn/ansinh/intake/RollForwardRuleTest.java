package vn.ansinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;

/** A column's roll-forward rule is read from the data file and checked: on a baseline, naming a column of the table. */
@IntegrationTest
class RollForwardRuleTest {

    @Autowired
    ProgrammeImporter importer;

    @Test
    void theSeedsRulesAreRead() {
        ImportResult result = ProgrammeYaml.seed().withYear(2061).importWith(importer, "quy-tac.yaml", true);

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aRuleOnAColumnThatIsNoBaselineIsRefused() {
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(2062)
                .replace("{code: \"8\", indicator: POVERTY_EXITS, source: target}",
                        "{code: \"8\", indicator: POVERTY_EXITS, source: target, rollsForwardFrom: \"10\"}");

        ImportResult result = file.importWith(importer, "quy-tac.yaml", true);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("intake.column.rollsForward");
            assertThat(error.field()).isEqualTo("rollsForwardFrom");
            assertThat(error.line()).isEqualTo(file.lineOf("rollsForwardFrom: \"10\"}\n      - {code: \"9\""));
            assertThat(error.arguments()).isEqualTo(List.of("8"));
        });
    }

    @Test
    void aRuleNamingNoColumnOfTheTableIsRefused() {
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(2063)
                .replace("rollsForwardFrom: \"10\"", "rollsForwardFrom: \"12\"");

        ImportResult result = file.importWith(importer, "quy-tac.yaml", true);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("intake.column.missing");
            assertThat(error.arguments()).isEqualTo(List.of("12", "rollsForwardFrom"));
        });
    }
}
