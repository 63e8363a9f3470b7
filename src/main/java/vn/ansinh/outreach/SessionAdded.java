package vn.ansinh.outreach;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A propaganda or counselling session was entered for a commune of a programme. */
public record SessionAdded(OutreachSession session) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "outreach_session";
    }

    @Override
    public String entityId() {
        return String.valueOf(session.id());
    }

    @Override
    public Long unitId() {
        return session.communeId();
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return session;
    }
}
