package vn.ansinh.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Privacy settings. retentionYears: how many years a household's personal data is kept after it ended, or after
 * the last year it has a status, before it is anonymised (see {@link Retention}); retentionDaily: whether that
 * runs by itself every day at 03:00 office time (off unless set). contact: who at the office answers
 * data-protection requests (name, phone or e-mail as the office writes it); empty until the office sets it.
 */
@ConfigurationProperties("ansinh.privacy")
public record PrivacyProperties(Integer retentionYears, boolean retentionDaily, String contact) {

    static final int DEFAULT_RETENTION_YEARS = 5;

    public PrivacyProperties {
        retentionYears = retentionYears == null || retentionYears < 1 ? DEFAULT_RETENTION_YEARS : retentionYears;
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }
}
