package vn.ansinh.commendation;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A commendation proposal was made, changed, or decided (before: null when made). */
public record ProposalChanged(Proposal before, Proposal after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "commendation_proposal";
    }

    @Override
    public String entityId() {
        return String.valueOf(after.id());
    }

    @Override
    public Long unitId() {
        return null;
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
