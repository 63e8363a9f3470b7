package vn.ansinh.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.ansinh.accounts.AccountsProperties;

/**
 * Counts failed sign-ins per username: after too many within the lock period, sign-in is refused
 * until the period since the last failure has passed. Kept in memory: one ansinh process serves an
 * office, and a restart forgiving old failures is acceptable.
 */
@Component
class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottle(Clock clock, AccountsProperties properties) {
        this.clock = clock;
        this.maxFailures = properties.login().maxFailures();
        this.lock = Duration.ofMinutes(properties.login().lockMinutes());
    }

    /** When the username may try again, if it is locked now. */
    Optional<Instant> lockedUntil(String username) {
        Deque<Instant> recent = recent(key(username));
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(recent.peekLast().plus(lock));
    }

    void failed(String username) {
        Deque<Instant> recent = recent(key(username));
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private Deque<Instant> recent(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = clock.instant().minus(lock);
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
                recent.removeFirst();
            }
        }
        return recent;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
