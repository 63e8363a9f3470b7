package vn.ansinh.households;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Registry settings. registryFigures: which registry count gives the figure of an indicator (by its
 * code) when a commune's registry is filled in — Biểu 2's households, poor households and its groups,
 * committed exits (the households given a sponsor), Biểu 3's sponsored households per organisation.
 */
@ConfigurationProperties("ansinh.households")
public record HouseholdsProperties(Map<String, RegistryMeasure> registryFigures) {

    public HouseholdsProperties {
        registryFigures = registryFigures == null ? Map.of() : Map.copyOf(registryFigures);
    }
}
