package vn.ansinh.intake;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A programme file was imported and written (never for a dry run or a refused file). Published
 * inside the import's transaction, so its audit entry commits or rolls back with the import.
 */
public record ProgrammeImported(long programmeId, long coordinatingUnitId, String file, ImportCounts created)
        implements AuditedChange {

    /** What the audit entry shows as the new value: the file and what it created. */
    public record Imported(String file, ImportCounts created) {
    }

    @Override
    public AuditAction action() {
        return AuditAction.IMPORT;
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
        return new Imported(file, created);
    }
}
