package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An entry was added to a household's support log. */
public record SupportRecorded(AuditAction action, long householdUnitId, Support after) implements AuditedChange {

    @Override
    public String entityType() {
        return "household_support";
    }

    @Override
    public String entityId() {
        return String.valueOf(after.id());
    }

    @Override
    public Long unitId() {
        return householdUnitId;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return after;
    }
}
