package vn.ansinh.intake;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake settings. seed: the programme file loaded into an empty database at start, when enabled, and the files
 * of what became of its units later (followUps: the 2020 merge into Thanh An), loaded after it in the same way.
 */
@ConfigurationProperties("ansinh.intake")
public record IntakeProperties(Seed seed) {

    public record Seed(boolean enabled, String location, List<String> followUps) {

        public Seed {
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }

        /** The programme first, then what followed. */
        public List<String> locations() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(location), followUps.stream()).toList();
        }
    }
}
