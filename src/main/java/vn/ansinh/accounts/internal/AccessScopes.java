package vn.ansinh.accounts.internal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.AccessScope;

/** The access scope of an authentication: administrators see everything, others their assignments. */
@Component
public class AccessScopes {

    public AccessScope of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return AccessScope.nothing();
        }
        boolean admin = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return admin ? AccessScope.everything() : AccessScope.nothing();
    }
}
