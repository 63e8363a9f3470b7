package vn.ansinh.children;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A group's count of children in special circumstances was entered (before null) or changed. */
public record SpecialCountChanged(SpecialCount before, SpecialCount after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "child_special_count";
    }

    @Override
    public String entityId() {
        return after.unitId() + "/" + after.year() + "/" + after.group();
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
}
