package vn.ansinh.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password found right is checked by BCrypt once, then remembered for five minutes; a wrong one is checked
 * every time; a changed password (a new stored hash) is never matched by what was remembered of the old one.
 */
class RememberedPasswordsTest {

    private final AtomicInteger bcrypt = new AtomicInteger();
    private final PasswordEncoder counted = new PasswordEncoder() {
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String stored) {
            bcrypt.incrementAndGet();
            return real.matches(raw, stored);
        }
    };
    private final MovingClock clock = new MovingClock();
    private final RememberedPasswords passwords = new RememberedPasswords(counted, clock);

    @Test
    void aRightPasswordCostsBcryptOnceInFiveMinutes() {
        String stored = passwords.encode("Mật khẩu đúng 2026");

        for (int call = 0; call < 50; call++) {
            assertThat(passwords.matches("Mật khẩu đúng 2026", stored)).isTrue();
        }
        assertThat(bcrypt).hasValue(1);

        clock.now = clock.now.plusSeconds(5 * 60);
        assertThat(passwords.matches("Mật khẩu đúng 2026", stored)).isTrue();
        assertThat(bcrypt).as("checked again once the five minutes are over").hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTime() {
        String stored = passwords.encode("Mật khẩu đúng 2026");

        for (int call = 0; call < 3; call++) {
            assertThat(passwords.matches("đoán sai", stored)).isFalse();
        }
        assertThat(bcrypt).hasValue(3);
    }

    @Test
    void aChangedPasswordIsNotMatchedByTheOldOne() {
        String old = passwords.encode("Mật khẩu cũ 2025");
        assertThat(passwords.matches("Mật khẩu cũ 2025", old)).isTrue();

        String changed = passwords.encode("Mật khẩu mới 2026");

        assertThat(passwords.matches("Mật khẩu cũ 2025", changed)).isFalse();
        assertThat(passwords.matches("Mật khẩu mới 2026", changed)).isTrue();
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-03-02T01:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
