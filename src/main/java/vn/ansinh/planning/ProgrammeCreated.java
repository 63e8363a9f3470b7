package vn.ansinh.planning;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * Next year's programme was made from a programme: published inside the transaction that made it,
 * so its audit entry commits or rolls back with it.
 */
public record ProgrammeCreated(long programmeId, long coordinatingUnitId, Created created) implements AuditedChange {

    /** What the audit entry shows: the year, where it came from, its title, the tables copied and baselines rolled. */
    public record Created(int year, long fromProgrammeId, int fromYear, String title, int tables, int baselinesRolled) {
    }

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "programme";
    }

    @Override
    public String entityId() {
        return Long.toString(programmeId);
    }

    @Override
    public Long unitId() {
        return coordinatingUnitId;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return created;
    }
}
