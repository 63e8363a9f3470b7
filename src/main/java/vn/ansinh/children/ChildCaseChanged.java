package vn.ansinh.children;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A case of child abuse or an accident was entered in a commune's list. */
public record ChildCaseChanged(ChildCase after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "child_case";
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
