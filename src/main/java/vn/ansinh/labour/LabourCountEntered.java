package vn.ansinh.labour;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A commune's count of a month was entered or changed (before null: none). */
public record LabourCountEntered(long unit, RecordKind kind, int year, int month, Long before, long after)
        implements AuditedChange {

    /** The count as the audit shows it. */
    public record Count(RecordKind kind, int year, int month, long amount) {
    }

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "labour_count";
    }

    @Override
    public String entityId() {
        return unit + "/" + kind + "/" + year + "-" + month;
    }

    @Override
    public Long unitId() {
        return unit;
    }

    @Override
    public Object oldValue() {
        return before == null ? null : new Count(kind, year, month, before);
    }

    @Override
    public Object newValue() {
        return new Count(kind, year, month, after);
    }
}
