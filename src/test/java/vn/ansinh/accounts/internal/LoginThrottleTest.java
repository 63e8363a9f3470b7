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
            assertThat(throttle.attempt("CanBo.CamAn")).isEmpty();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.attempt("canbo.caman")).as("the fifth attempt is still checked").isEmpty();
        assertThat(throttle.attempt("canbo.caman")).contains(Instant.parse("2026-11-28T02:19:00Z"));
        assertThat(throttle.attempt("quantri")).isEmpty();
    }

    @Test
    void releasesWhenOldFailuresAgeOut() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("lanhdao");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.attempt("lanhdao")).isPresent();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.attempt("lanhdao")).isEmpty();
    }

    @Test
    void successForgetsEarlierFailures() {
        List.of(1, 2, 3, 4).forEach(i -> throttle.attempt("quantri"));
        throttle.succeeded("quantri");
        List.of(1, 2, 3, 4).forEach(i -> throttle.attempt("quantri"));
        assertThat(throttle.attempt("quantri")).isEmpty();
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
