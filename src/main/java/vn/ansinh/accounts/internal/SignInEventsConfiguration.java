package vn.ansinh.accounts.internal;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;

/**
 * Every refused sign-in is published, so the audit records it: the default publisher knows exceptions by their exact
 * class and stays silent for any other, such as a sign-in refused by the lock.
 */
@Configuration(proxyBeanMethods = false)
class SignInEventsConfiguration {

    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }
}
