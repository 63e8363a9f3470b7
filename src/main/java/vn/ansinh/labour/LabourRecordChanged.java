package vn.ansinh.labour;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A labour record was corrected (UPDATE, before and after), deleted (DELETE: before only; it is kept,
 * marked, so an administrator can restore it) or restored (CREATE: after only, as it comes back).
 */
public record LabourRecordChanged(AuditAction action, LabourRecord before, LabourRecord after) implements AuditedChange {

    @Override
    public String entityType() {
        return "labour_record";
    }

    @Override
    public String entityId() {
        return String.valueOf((after == null ? before : after).id());
    }

    @Override
    public Long unitId() {
        return (after == null ? before : after).unitId();
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
