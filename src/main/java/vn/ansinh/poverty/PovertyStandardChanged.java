package vn.ansinh.poverty;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An administrator changed a draft poverty standard; the audit keeps it before and after, whole. */
public record PovertyStandardChanged(PovertyStandard before, PovertyStandard after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "poverty_standard";
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
