package vn.ansinh.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Privacy settings. retentionYears: how long a household's data is kept after it moved away or its support
 * ended (stated on «Bảo vệ dữ liệu cá nhân»; erasure is not automatic). contact: who at the office answers
 * data-protection requests (name, phone or e-mail as the office writes it); empty until the office sets it.
 */
@ConfigurationProperties("ansinh.privacy")
public record PrivacyProperties(Integer retentionYears, String contact) {

    static final int DEFAULT_RETENTION_YEARS = 5;

    public PrivacyProperties {
        retentionYears = retentionYears == null || retentionYears < 1 ? DEFAULT_RETENTION_YEARS : retentionYears;
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }
}
