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
            throttle.failed("CanBo.CamAn");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.attempt("canbo.caman")).as("the fifth attempt is still checked").isEmpty();
        throttle.failed("canbo.caman");
        assertThat(throttle.attempt("canbo.caman")).contains(Instant.parse("2026-11-28T02:19:00Z"));
        assertThat(throttle.attempt("quantri")).isEmpty();
    }

    @Test
    void releasesWhenOldFailuresAgeOut() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("lanhdao");
            throttle.failed("lanhdao");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.attempt("lanhdao")).isPresent();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.attempt("lanhdao")).isEmpty();
    }

    @Test
    void successForgetsEarlierFailures() {
        List.of(1, 2, 3, 4).forEach(i -> fail("quantri"));
        throttle.attempt("quantri");
        throttle.succeeded("quantri");
        List.of(1, 2, 3, 4).forEach(i -> fail("quantri"));
        assertThat(throttle.attempt("quantri")).isEmpty();
    }

    @Test
    void anAbandonedAttemptCountsNeitherWay() {
        List.of(1, 2, 3, 4).forEach(i -> fail("lanhdao"));
        throttle.attempt("lanhdao");
        throttle.abandoned("lanhdao");
        assertThat(throttle.attempt("lanhdao")).as("four failures, the abandoned one not among them").isEmpty();
        throttle.failed("lanhdao");
        assertThat(throttle.attempt("lanhdao")).isPresent();
    }

    /** Five checks under way fill the limit: a sixth waits, and goes on as soon as one of them proves right. */
    @Test
    void anAttemptBeyondTheChecksUnderWayWaitsForThemAndGoesOnWhenOneSucceeds() throws Exception {
        List.of(1, 2, 3, 4, 5).forEach(i -> assertThat(throttle.attempt("api.client")).isEmpty());
        java.util.concurrent.CompletableFuture<java.util.Optional<Instant>> sixth =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> throttle.attempt("api.client"));
        Thread.sleep(200);
        assertThat(sixth).as("it waits while five checks are under way").isNotDone();

        throttle.succeeded("api.client");

        assertThat(sixth.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
    }

    private void fail(String username) {
        throttle.attempt(username);
        throttle.failed(username);
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
