package vn.ansinh.meetings;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * An inspection was recorded (before null) or its findings written; unitId: the programme's coordinating unit.
 */
public record InspectionChanged(Inspection before, Inspection after, Long unitId) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "joint_inspection";
    }

    @Override
    public String entityId() {
        return String.valueOf(after.id());
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
