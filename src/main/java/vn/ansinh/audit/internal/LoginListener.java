package vn.ansinh.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.AuditAction;

/**
 * Logins and failed logins. A success is recorded only when it is interactive (the login form,
 * remember-me): the stateless API authenticates every request again, and one LOGIN per API call
 * would bury everything else. Every failure is recorded, form and API alike, since repeated
 * failures are what an administrator looks for.
 */
@Component
class LoginListener {

    /** The actor of a failed login whose token does not carry a username (never the token itself). */
    static final String UNKNOWN = "?";

    private final AuditLog log;

    LoginListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        log.record(authentication.getName(), new LoginAttempt(AuditAction.LOGIN, authentication.getName(),
                remoteAddress(authentication), null));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = attemptedUsername(event.getAuthentication());
        log.record(username, new LoginAttempt(AuditAction.LOGIN_FAILED, username,
                remoteAddress(event.getAuthentication()), reason(event.getException())));
    }

    /** Why it failed, as a value the audit page names in words (never the exception's class). */
    static String reason(AuthenticationException failure) {
        if (failure instanceof BadCredentialsException) {
            return "WRONG_CREDENTIALS";
        }
        if (failure instanceof DisabledException) {
            return "ACCOUNT_DISABLED";
        }
        return failure instanceof LockedException ? "TOO_MANY_FAILURES" : "REFUSED";
    }

    /**
     * The name typed at the form or in HTTP Basic. Other tokens (a personal API token, say) may
     * carry the secret itself as their principal, so their "name" is never written down.
     */
    private static String attemptedUsername(Authentication attempt) {
        return attempt instanceof UsernamePasswordAuthenticationToken ? attempt.getName() : UNKNOWN;
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
