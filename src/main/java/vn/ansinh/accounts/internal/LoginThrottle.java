package vn.ansinh.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.ansinh.accounts.AccountsProperties;

/**
 * Counts sign-in attempts per username: after too many failures within the lock period, sign-in is refused
 * until the period since the last one has passed. A password is checked only while the failures so far and the
 * checks under way together stay under the limit; an attempt beyond waits for a check under way to end — a right
 * password forgives the failures and lets the waiting through, a wrong one counts. So a burst of parallel guesses
 * gets as many passwords checked as the limit allows and no more, while an API client calling many times at once
 * with its right password is never locked out. Kept in memory: one ansinh process serves an office (whatever its
 * database), and a restart forgiving old failures is acceptable.
 */
@Component
class LoginThrottle {

    /** How long an attempt waits for the checks under way before it is refused (they take a fraction of a second). */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, UsernameAttempts> byName = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottle(Clock clock, AccountsProperties properties) {
        this.clock = clock;
        this.maxFailures = properties.login().maxFailures();
        this.lock = Duration.ofMinutes(properties.login().lockMinutes());
    }

    /**
     * Begins an attempt of the username, which must end with {@link #succeeded}, {@link #failed} or
     * {@link #abandoned}; when the username is locked (or the checks under way did not end in time), until when.
     */
    Optional<Instant> attempt(String username) {
        if (byName.size() > SWEEP_ABOVE) {
            Instant forgetBefore = clock.instant().minus(lock);
            byName.forEach((key, attempts) -> attempts.retireIfIdle(forgetBefore, () -> byName.remove(key, attempts)));
        }
        while (true) {
            UsernameAttempts attempts = byName.computeIfAbsent(key(username), key -> new UsernameAttempts());
            UsernameAttempts.Turn turn = attempts.begin(maxFailures, lock, clock, LONGEST_WAIT);
            if (!turn.lookAgain()) {
                return Optional.ofNullable(turn.lockedUntil());
            }
        }
    }

    void succeeded(String username) {
        end(username, UsernameAttempts.Outcome.SUCCEEDED);
    }

    void failed(String username) {
        end(username, UsernameAttempts.Outcome.FAILED);
    }

    /** The attempt ended without its password being found right or wrong (the database did not answer, say). */
    void abandoned(String username) {
        end(username, UsernameAttempts.Outcome.ABANDONED);
    }

    private void end(String username, UsernameAttempts.Outcome outcome) {
        String key = key(username);
        UsernameAttempts attempts = byName.get(key);
        if (attempts != null) {
            attempts.end(outcome, clock.instant(), () -> byName.remove(key, attempts));
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
