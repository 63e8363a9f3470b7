package vn.ansinh.accounts;

import java.util.Set;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A user account was created or changed (enabled, disabled, password reset, roles). what is the
 * kind of change ("create", "enable", "disable", "password", "roles"); the new value carries it,
 * since a password reset changes nothing else the audit may keep.
 */
public record AccountChanged(AuditAction action, long accountId, UserAccount.AccountSnapshot before,
        UserAccount.AccountSnapshot after, String what) implements AuditedChange {

    @Override
    public String entityType() {
        return "user_account";
    }

    @Override
    public String entityId() {
        return String.valueOf(accountId);
    }

    @Override
    public Long unitId() {
        return null;
    }

    @Override
    public Object oldValue() {
        return before;
    }

    @Override
    public Object newValue() {
        return after == null ? null
                : new Changed(what, after.username(), after.displayName(), after.enabled(), after.roles());
    }

    /** The account after the change, as the audit keeps it (never the password hash), and what changed. */
    record Changed(String change, String username, String displayName, boolean enabled, Set<RoleAssignment> roles) {
    }
}
