package vn.ansinh.reminders;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A user marked one of their reminders read. */
public record ReminderRead(Reminder before, Reminder after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "reminder";
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
