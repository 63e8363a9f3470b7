package vn.ansinh.datacopy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The PostgreSQL database to copy everything into; no url, no copy (the application starts as usual). */
@ConfigurationProperties("ansinh.copy.to")
public record CopyTarget(String url, String username, String password) {

    public boolean requested() {
        return url != null && !url.isBlank();
    }
}
