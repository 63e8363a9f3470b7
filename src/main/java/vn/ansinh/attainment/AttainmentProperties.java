package vn.ansinh.attainment;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * indicators: which catalogue indicator (by code) a computed target fills, its «k of n communes» figure; figures:
 * which indicator a register's figure fills in a commune's report.
 */
@ConfigurationProperties("ansinh.attainment")
public record AttainmentProperties(Map<String, ComputedTargetKind> indicators, Map<String, RegisterFigure> figures) {

    public AttainmentProperties {
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    public String indicatorOf(ComputedTargetKind kind) {
        return indicators.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
