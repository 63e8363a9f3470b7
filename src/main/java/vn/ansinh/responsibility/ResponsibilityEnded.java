package vn.ansinh.responsibility;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An open-ended period was closed the day before a later one that an administrator added begins. */
public record ResponsibilityEnded(Responsibility before, Responsibility after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "domain_responsibility";
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
