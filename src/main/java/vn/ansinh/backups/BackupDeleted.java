package vn.ansinh.backups;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An old backup was deleted by the keeping rules (newer copies of its day and month are kept). */
public record BackupDeleted(Backup backup) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.DELETE;
    }

    @Override
    public String entityType() {
        return "backup";
    }

    @Override
    public String entityId() {
        return backup.name();
    }

    @Override
    public Long unitId() {
        return null;
    }

    @Override
    public Object oldValue() {
        return new Deleted(backup.name(), backup.size(), backup.createdAt().toString());
    }

    @Override
    public Object newValue() {
        return null;
    }

    record Deleted(String name, long size, String createdAt) {
    }
}
