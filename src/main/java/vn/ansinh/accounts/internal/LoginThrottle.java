package vn.ansinh.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.ansinh.accounts.AccountsProperties;

/**
 * Counts sign-in attempts per username: after too many failures within the lock period, sign-in is refused
 * until the period since the last one has passed. An attempt is counted as a failure before its password is
 * checked, in the same atomic step as the check of the lock, and forgotten if it succeeds: so a burst of
 * parallel guesses gets as many passwords checked as the limit allows, and no more. Kept in memory: one
 * ansinh process serves an office (whatever its database), and a restart forgiving old failures is acceptable.
 */
@Component
class LoginThrottle {

    private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottle(Clock clock, AccountsProperties properties) {
        this.clock = clock;
        this.maxFailures = properties.login().maxFailures();
        this.lock = Duration.ofMinutes(properties.login().lockMinutes());
    }

    /** Takes an attempt of the username, counted as failed until {@link #succeeded}; when it is locked, until when. */
    Optional<Instant> attempt(String username) {
        Instant[] lockedUntil = new Instant[1];
        failures.compute(key(username), (key, earlier) -> {
            List<Instant> recent = recent(earlier);
            if (recent.size() >= maxFailures) {
                lockedUntil[0] = recent.get(recent.size() - 1).plus(lock);
            } else {
                recent.add(clock.instant());
            }
            return recent;
        });
        return Optional.ofNullable(lockedUntil[0]);
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private List<Instant> recent(List<Instant> earlier) {
        Instant since = clock.instant().minus(lock);
        List<Instant> recent = new ArrayList<>();
        if (earlier != null) {
            earlier.stream().filter(at -> !at.isBefore(since)).forEach(recent::add);
        }
        return recent;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
