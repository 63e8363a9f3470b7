package vn.ansinh.attainment;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which catalogue indicator (by code) a computed target fills: its «k of n communes» figure. */
@ConfigurationProperties("ansinh.attainment")
public record AttainmentProperties(Map<String, ComputedTargetKind> indicators) {

    public AttainmentProperties {
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
    }

    public String indicatorOf(ComputedTargetKind kind) {
        return indicators.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
