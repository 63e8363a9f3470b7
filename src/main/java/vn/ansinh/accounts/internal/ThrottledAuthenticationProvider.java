package vn.ansinh.accounts.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in (form and HTTP Basic), refused while the username is locked. A disabled account
 * answers exactly as a wrong password does, even to its right password, and only after the password is checked
 * (taking as long): the answer tells nobody that the username exists; the administrator who disabled it knows.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(ThrottledAuthenticationProvider::enabled);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Optional<Instant> locked = throttle.attempt(username);
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (InternalAuthenticationServiceException e) {
            throttle.abandoned(username);
            throw e;
        } catch (AccountStatusException e) {
            throttle.failed(username);
            throw new BadCredentialsException("bad credentials");
        } catch (AuthenticationException e) {
            throttle.failed(username);
            throw e;
        } catch (RuntimeException e) {
            throttle.abandoned(username);
            throw e;
        }
    }

    private static void enabled(org.springframework.security.core.userdetails.UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("disabled");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
