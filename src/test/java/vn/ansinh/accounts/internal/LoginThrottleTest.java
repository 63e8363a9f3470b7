package vn.ansinh.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ansinh.accounts.AccountsProperties;

class LoginThrottleTest {

    MovableClock clock = new MovableClock(Instant.parse("2026-11-28T02:00:00Z"));
    LoginThrottle throttle = new LoginThrottle(clock,
            new AccountsProperties(null, new AccountsProperties.Login(5, 15)));

    @Test
    void fiveFailuresLockTheUsernameForFifteenMinutesAfterTheLast() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("CanBo.CamAn");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.lockedUntil("canbo.caman")).isEmpty();
        throttle.failed("canbo.caman");
        assertThat(throttle.lockedUntil("canbo.caman")).contains(Instant.parse("2026-11-28T02:19:00Z"));
        assertThat(throttle.lockedUntil("quantri")).isEmpty();
    }

    @Test
    void releasesWhenOldFailuresAgeOut() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("lanhdao");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedUntil("lanhdao")).isPresent();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.lockedUntil("lanhdao")).isEmpty();
    }

    @Test
    void successForgetsEarlierFailures() {
        List.of(1, 2, 3, 4).forEach(i -> throttle.failed("quantri"));
        throttle.succeeded("quantri");
        throttle.failed("quantri");
        assertThat(throttle.lockedUntil("quantri")).isEmpty();
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
