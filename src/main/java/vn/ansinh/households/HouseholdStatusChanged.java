package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A household's status in a year was set (before is null) or changed. */
public record HouseholdStatusChanged(long householdId, long householdUnitId, HouseholdStatus before,
        HouseholdStatus after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "household_status";
    }

    @Override
    public String entityId() {
        return householdId + "/" + after.year();
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
