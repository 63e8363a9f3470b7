package vn.ansinh.socialevils;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A commune's month of social evils counts was entered (before null) or corrected. */
public record SocialEvilsChanged(SocialEvilsMonth before, SocialEvilsMonth after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "social_evils_month";
    }

    @Override
    public String entityId() {
        return String.valueOf(after.id());
    }

    @Override
    public Long unitId() {
        return after.unitId();
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
