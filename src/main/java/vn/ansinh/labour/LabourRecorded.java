package vn.ansinh.labour;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A labour record was entered. */
public record LabourRecorded(LabourRecord after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "labour_record";
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
        return null;
    }

    @Override
    public Object newValue() {
        return after;
    }
}
