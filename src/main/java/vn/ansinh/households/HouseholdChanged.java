package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A household was registered (before is null) or changed; the audit keeps both whole, sealed with the household's
 * key until its data is anonymised.
 */
public record HouseholdChanged(AuditAction action, Household before, Household after) implements AuditedChange {

    @Override
    public String entityType() {
        return "household";
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

    @Override
    public String personalSubject() {
        return HouseholdAnonymised.subject(after.id());
    }
}
