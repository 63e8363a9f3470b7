package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A household's outcome in a review round was recorded (before: the one it replaced, if any). */
public record ReviewOutcomeRecorded(long householdUnitId, ReviewRecord before, ReviewRecord after)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "review_outcome";
    }

    @Override
    public String entityId() {
        return after.roundId() + "/" + after.householdId();
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
