package vn.ansinh.programme;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A part of a programme's text was changed: its document part (number, date, title, …), a
 * section with its paragraphs ("section 3-2"), or its signatories. Values are before and after.
 */
public record ProgrammeChanged(long programmeId, long coordinatingUnitId, String part, Object before, Object after)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "programme";
    }

    @Override
    public String entityId() {
        return programmeId + "/" + part;
    }

    @Override
    public Long unitId() {
        return coordinatingUnitId;
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
