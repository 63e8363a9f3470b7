package vn.ansinh.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ansinh.accounts.AccountsProperties;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;

class ThrottledAuthenticationProviderTest {

    /** Checks a password as slowly as BCrypt does, and counts the checks. */
    static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger checked = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "{plain}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return encoded.equals(encode(raw));
        }
    }

    CountingEncoder encoder = new CountingEncoder();
    UserAccountRepository repository = Mockito.mock(UserAccountRepository.class);
    ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
            new AccountUserDetailsService(repository), encoder,
            new LoginThrottle(Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC),
                    new AccountsProperties(null, new AccountsProperties.Login(5, 15))));

    void account(String username, String password, boolean enabled) {
        Mockito.when(repository.findByUsername(username)).thenReturn(Optional.of(new UserAccount(7L, username, username,
                encoder.encode(password), enabled, Instant.EPOCH, Set.of(RoleAssignment.admin()), null)));
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMorePasswordsCheckedThanTheLimit() throws Exception {
        account("canbo.caman", "Dung-mat-khau-48", true);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String guess = "doan-mat-khau-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                try {
                    provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("canbo.caman", guess));
                    return Object.class;
                } catch (BadCredentialsException | LockedException e) {
                    return e.getClass();
                }
            }));
        }
        start.countDown();
        int locked = 0;
        for (Future<Class<?>> answer : answers) {
            locked += answer.get() == LoginThrottledException.class ? 1 : 0;
        }
        pool.shutdown();
        assertThat(encoder.checked).hasValue(5);
        assertThat(locked).isEqualTo(95);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("canbo.caman", "Dung-mat-khau-48")))
                .isInstanceOf(LoginThrottledException.class);
    }

    /** An API client sending its right password on many calls at once is never taken for a guesser. */
    @Test
    void aBurstOfParallelCallsWithTheRightPasswordAllSignIn() throws Exception {
        account("api.caman", "Dung-mat-khau-48", true);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api.caman",
                        "Dung-mat-khau-48")).isAuthenticated();
            }));
        }
        start.countDown();
        int signedIn = 0;
        for (Future<Boolean> answer : answers) {
            signedIn += answer.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(signedIn).isEqualTo(100);
    }

    @Test
    void aDisabledAccountAnswersAsAWrongPasswordDoesAfterCheckingIt() {
        account("canbo.da-nghi", "Dung-mat-khau-48", false);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("canbo.da-nghi", "sai-mat-khau-1")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("canbo.da-nghi", "Dung-mat-khau-48")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("khong.ai", "sai-mat-khau-1")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checked).as("a password is checked for each, the unknown user's against a dummy hash")
                .hasValueGreaterThanOrEqualTo(2);
    }
}
