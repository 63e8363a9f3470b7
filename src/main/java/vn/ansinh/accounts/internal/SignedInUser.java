package vn.ansinh.accounts.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccount;

/** The signed-in user as Spring Security sees it. */
record SignedInUser(long id, String username, String displayName, String passwordHash, boolean enabled,
        Set<RoleAssignment> roles) implements UserDetails {

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.passwordHash(),
                account.enabled(), account.roles());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.role().authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
