package vn.ansinh.accounts.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in failed, as a message key, and when a throttled user may try again. */
public final class SignInProblems {

    private SignInProblems() {
    }

    public static String key(AuthenticationException exception) {
        if (exception instanceof LoginThrottledException) {
            return "login.throttled";
        }
        if (exception instanceof DisabledException) {
            return "login.disabled";
        }
        return "login.bad";
    }

    public static Optional<Instant> retryAt(AuthenticationException exception) {
        return exception instanceof LoginThrottledException throttled ? Optional.of(throttled.retryAt()) : Optional.empty();
    }
}
