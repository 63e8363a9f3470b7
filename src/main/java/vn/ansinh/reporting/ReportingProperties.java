package vn.ansinh.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Reporting settings. dueDays: how many days after a period ends its reports are due. */
@ConfigurationProperties("ansinh.reporting")
public record ReportingProperties(Integer dueDays) {

    public ReportingProperties {
        dueDays = dueDays == null ? 5 : dueDays;
    }
}
