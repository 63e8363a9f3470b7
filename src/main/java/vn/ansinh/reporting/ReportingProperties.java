package vn.ansinh.reporting;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting settings. dueDays: how many days after a period ends its reports are due; registryExits: the
 * indicators (by code) a commune's report is given, filled in, the exits from poverty of its yearly review;
 * sponsoredExits: those an organisation's report is given the exits of the households it sponsors.
 */
@ConfigurationProperties("ansinh.reporting")
public record ReportingProperties(Integer dueDays, List<String> registryExits, List<String> sponsoredExits) {

    public ReportingProperties {
        dueDays = dueDays == null ? 5 : dueDays;
        registryExits = registryExits == null ? List.of("POVERTY_EXITS") : List.copyOf(registryExits);
        sponsoredExits = sponsoredExits == null ? List.of("SPONSORED_EXITS") : List.copyOf(sponsoredExits);
    }
}
