package vn.ansinh.labour;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Labour settings. actuals: which records count as achieved for a target indicator (by its code). */
@ConfigurationProperties("ansinh.labour")
public record LabourProperties(Map<String, RecordKind> actuals) {

    public LabourProperties {
        actuals = actuals == null ? Map.of() : Map.copyOf(actuals);
    }
}
