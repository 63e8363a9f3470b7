package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A household's status of a year was taken away: it left the commune's register that year. */
public record HouseholdStatusRemoved(long householdId, long householdUnitId, HouseholdStatus before)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.DELETE;
    }

    @Override
    public String entityType() {
        return "household_status";
    }

    @Override
    public String entityId() {
        return householdId + "/" + before.year();
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
        return null;
    }
}
