package vn.ansinh.accounts.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.ansinh.accounts.UserAccount;

/**
 * A session remembers who signed in, not what they may do: every page request reads the account
 * again, so roles an administrator changes apply at once, and a disabled or removed account — or
 * one whose password was reset since — is signed out, as on the API, which authenticates every
 * request anyway.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final UserAccountRepository accounts;

    CurrentAccountFilter(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
            Optional<UserAccount> account = accounts.findById(user.id()).filter(UserAccount::enabled)
                    .filter(a -> a.passwordHash().equals(user.passwordHash()));
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!account.get().roles().equals(user.roles())) {
                SecurityContextHolder.setContext(new SecurityContextImpl(withRolesOf(account.get(), signedIn)));
            }
        }
        chain.doFilter(request, response);
    }

    /** The account's roles now, with what else the sign-in granted (such as its password factor). */
    private static Authentication withRolesOf(UserAccount account, Authentication signedIn) {
        SignedInUser user = SignedInUser.of(account);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        signedIn.getAuthorities().stream().filter(a -> !String.valueOf(a.getAuthority()).startsWith("ROLE_"))
                .forEach(authorities::add);
        UsernamePasswordAuthenticationToken current = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        current.setDetails(signedIn.getDetails());
        return current;
    }
}
