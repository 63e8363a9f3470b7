package vn.ansinh.accounts.internal;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ansinh.shared.AccessScope;

/**
 * Gives every page the signed-in user's {@link AccessScope} as {@code access}, so a page shows a link or
 * a button by the same rule its endpoint enforces ({@code ${access.writesAnyUnit()}}, {@code canWrite(id)}).
 */
@ControllerAdvice
class AccessScopeAdvice {

    private final AccessScopes scopes;

    AccessScopeAdvice(AccessScopes scopes) {
        this.scopes = scopes;
    }

    @ModelAttribute("access")
    AccessScope access() {
        return scopes.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
