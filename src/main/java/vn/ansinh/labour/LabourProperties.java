package vn.ansinh.labour;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Labour settings. actuals: which records count as achieved for a target indicator (by its code);
 * force: which count of a person list gives a baseline indicator (by its code).
 */
@ConfigurationProperties("ansinh.labour")
public record LabourProperties(Map<String, RecordKind> actuals, Map<String, LabourForce.ForceMeasure> force) {

    public LabourProperties {
        actuals = actuals == null ? Map.of() : Map.copyOf(actuals);
        force = force == null ? Map.of() : Map.copyOf(force);
    }
}
