package vn.ansinh.checks;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A figure the text stated is no longer in its paragraph after an edit, so it is no longer checked. */
public record StatedFigureDropped(long programmeId, long figureId, String printed, String location, String excerpt)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.DELETE;
    }

    @Override
    public String entityType() {
        return "stated_figure";
    }

    @Override
    public String entityId() {
        return String.valueOf(figureId);
    }

    @Override
    public Long unitId() {
        return null;
    }

    @Override
    public Object oldValue() {
        return new Stated(printed, location, excerpt);
    }

    @Override
    public Object newValue() {
        return null;
    }

    record Stated(String printed, String location, String excerpt) {
    }
}
