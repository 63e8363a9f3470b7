package vn.ansinh.commitments;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * The coordinating office added, changed or ended a commitment (before: null when added). unitId: the party's
 * unit, or the programme's coordinating unit for an organisation's commitment.
 */
public record CommitmentChanged(Commitment before, Commitment after, Long unitId) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "commitment";
    }

    @Override
    public String entityId() {
        return String.valueOf(after.id());
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
