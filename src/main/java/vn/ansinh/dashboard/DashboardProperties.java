package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Dashboard settings, by indicator code. povertyRate: the rate charted per commune; trend: the series
 * of the monthly chart; slightlyBehindFrom: from what share of the pace (%) a target is "a little behind".
 */
@ConfigurationProperties("ansinh.dashboard")
public record DashboardProperties(String povertyRate, List<String> trend, BigDecimal slightlyBehindFrom) {

    public DashboardProperties {
        povertyRate = povertyRate == null ? "POOR_RATE" : povertyRate;
        trend = trend == null ? List.of("JOBS_CREATED", "VOCATIONAL_TRAINEES", "POVERTY_EXITS") : List.copyOf(trend);
        slightlyBehindFrom = slightlyBehindFrom == null ? BigDecimal.valueOf(80) : slightlyBehindFrom;
    }
}
