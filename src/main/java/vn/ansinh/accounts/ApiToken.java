package vn.ansinh.accounts;

import java.time.Instant;

/** A personal API token as listed: never the token itself, which is shown once when issued. */
public record ApiToken(long id, long userId, String name, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
