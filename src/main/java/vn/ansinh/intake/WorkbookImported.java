package vn.ansinh.intake;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * Annex tables were imported from a workbook and written (never for a dry run or a refused file).
 * Each figure it changed has its own audit entry too; this one says which file did it.
 */
public record WorkbookImported(long programmeId, long coordinatingUnitId, String file, WorkbookCounts counts)
        implements AuditedChange {

    /** What the audit entry shows as the new value. */
    public record Imported(String file, WorkbookCounts counts) {
    }

    @Override
    public AuditAction action() {
        return AuditAction.IMPORT;
    }

    @Override
    public String entityType() {
        return "annex_workbook";
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
        return new Imported(file, counts);
    }
}
