package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A household moved to another commune, and its outcome in the old commune's open review round went with it:
 * into the new commune's open round of the year (after), or withdrawn where the new commune has none (after null).
 */
public record ReviewOutcomeMoved(long householdUnitId, ReviewRecord before, ReviewRecord after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return after == null ? AuditAction.DELETE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "review_outcome";
    }

    @Override
    public String entityId() {
        return before.roundId() + "/" + before.householdId();
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
