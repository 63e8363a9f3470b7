package vn.ansinh.poverty;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An administrator added a period of the review calendar (before null), or one ended as the next began. */
public record ReviewCalendarChanged(ReviewCalendar before, ReviewCalendar after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "review_calendar";
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
