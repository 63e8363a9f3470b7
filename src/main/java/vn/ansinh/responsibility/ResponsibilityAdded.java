package vn.ansinh.responsibility;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An administrator added a period of a department's responsibility for a domain. */
public record ResponsibilityAdded(Responsibility added) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "domain_responsibility";
    }

    @Override
    public String entityId() {
        return String.valueOf(added.id());
    }

    @Override
    public Long unitId() {
        return null;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return added;
    }
}
