package vn.ansinh.accounts.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in failed, as a message key, and when a throttled user may try again. Nothing else is told: a wrong
 * password, an unknown username and a disabled account read the same.
 */
public final class SignInProblems {

    private SignInProblems() {
    }

    public static String key(AuthenticationException exception) {
        return exception instanceof LoginThrottledException ? "login.throttled" : "login.bad";
    }

    public static Optional<Instant> retryAt(AuthenticationException exception) {
        return exception instanceof LoginThrottledException throttled ? Optional.of(throttled.retryAt()) : Optional.empty();
    }
}
