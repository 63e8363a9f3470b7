package vn.ansinh.children;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An administrator entered a criteria set (before null), or one ended as the next took effect. */
public record CriteriaSetChanged(CriteriaSet before, CriteriaSet after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "child_criteria_set";
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
