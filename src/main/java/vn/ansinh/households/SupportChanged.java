package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A support entry was changed (before and after), deleted (after is null) or restored (before is the deleted
 * entry with who deleted it and when).
 */
public record SupportChanged(AuditAction action, long householdUnitId, Object before, Support after, long supportId)
        implements AuditedChange {

    @Override
    public String entityType() {
        return "household_support";
    }

    @Override
    public String entityId() {
        return String.valueOf(supportId);
    }

    @Override
    public Long unitId() {
        return householdUnitId;
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
