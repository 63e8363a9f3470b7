package vn.ansinh.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake settings. seed: the programme file loaded into an empty database at start, when enabled.
 */
@ConfigurationProperties("ansinh.intake")
public record IntakeProperties(Seed seed) {

    public record Seed(boolean enabled, String location) {
    }
}
