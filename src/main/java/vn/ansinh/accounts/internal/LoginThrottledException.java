package vn.ansinh.accounts.internal;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failures (a lock, for a while); says when to try again. */
class LoginThrottledException extends LockedException {

    private final transient Instant retryAt;

    LoginThrottledException(Instant retryAt) {
        super("too many failed sign-ins; retry at " + retryAt);
        this.retryAt = retryAt;
    }

    Instant retryAt() {
        return retryAt;
    }
}
