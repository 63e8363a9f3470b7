package vn.ansinh.commitments;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A party reported its progress on a commitment for a period, anew or changed (before: null when first reported). */
public record ProgressRecorded(CommitmentProgress before, CommitmentProgress after, Long unitId)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "commitment_progress";
    }

    @Override
    public String entityId() {
        return after.commitmentId() + ":" + after.periodCode();
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
