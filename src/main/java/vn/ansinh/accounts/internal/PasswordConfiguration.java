package vn.ansinh.accounts.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt by default, with the algorithm named in each hash so it can be changed later; a password found right
 * is remembered briefly, so that HTTP Basic does not cost BCrypt on every API call ({@link RememberedPasswords}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }
}
