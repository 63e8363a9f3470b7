package vn.ansinh.meetings;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A meeting was recorded by the coordinating office; unitId: the programme's coordinating unit. */
public record MeetingRecorded(Meeting meeting, Long unitId) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "coordination_meeting";
    }

    @Override
    public String entityId() {
        return String.valueOf(meeting.id());
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return meeting;
    }
}
