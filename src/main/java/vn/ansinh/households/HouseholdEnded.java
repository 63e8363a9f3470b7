package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A household was marked ended (before: its end until then, null when it had none). */
public record HouseholdEnded(long householdId, long householdUnitId, HouseholdEnd before, HouseholdEnd after)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "household";
    }

    @Override
    public String entityId() {
        return String.valueOf(householdId);
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
