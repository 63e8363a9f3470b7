package vn.ansinh.accounts;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A user account was created or changed (enabled, disabled, password reset, roles). */
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
        return after;
    }
}
