package vn.ansinh.allowances;

import vn.ansinh.households.HouseholdAnonymised;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A grant was entered in a commune's register, ended, or changed by a new decision (before: null when entered). */
public record GrantChanged(Grant before, Grant after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "allowance_grant";
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

    /** A grant linked to a registry household is sealed with it: erased from the log when the household is anonymised. */
    @Override
    public String personalSubject() {
        return after.householdId() == null ? null : HouseholdAnonymised.subject(after.householdId());
    }
}
