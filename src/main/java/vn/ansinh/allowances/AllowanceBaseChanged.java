package vn.ansinh.allowances;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An administrator entered a base level (before null), or one ended as the next took effect. */
public record AllowanceBaseChanged(AllowanceBase before, AllowanceBase after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "allowance_base";
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
