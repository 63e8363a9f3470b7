package vn.ansinh.accounts;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in, with the roles they hold. The password is kept only as a hash; the e-mail address (none:
 * null) is where their reminders are sent.
 */
@Table("user_account")
public record UserAccount(
        @Id Long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        Instant createdAt,
        @MappedCollection(idColumn = "user_account") Set<RoleAssignment> roles,
        String email) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role);
    }

    UserAccount withEnabled(boolean value) {
        return new UserAccount(id, username, displayName, passwordHash, value, createdAt, roles, email);
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, username, displayName, hash, enabled, createdAt, roles, email);
    }

    UserAccount withRoles(Set<RoleAssignment> value) {
        return new UserAccount(id, username, displayName, passwordHash, enabled, createdAt, value, email);
    }

    UserAccount withDisplayName(String value) {
        return new UserAccount(id, username, value, passwordHash, enabled, createdAt, roles, email);
    }

    UserAccount withEmail(String value) {
        return new UserAccount(id, username, displayName, passwordHash, enabled, createdAt, roles, value);
    }

    /** What the audit keeps of an account: never the password hash. */
    public AccountSnapshot snapshot() {
        return new AccountSnapshot(username, displayName, enabled, roles);
    }

    public record AccountSnapshot(String username, String displayName, boolean enabled, Set<RoleAssignment> roles) {
    }
}
