package vn.ansinh.backups;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A backup was made (CREATE: the entry's actor is the administrator, or the system for the daily schedule, and
 * the trigger says which) or deleted by the keeping rules (DELETE: newer copies of its day and month are kept).
 */
public record BackupChanged(AuditAction action, Backup backup, BackupTrigger trigger) implements AuditedChange {

    static BackupChanged made(Backup backup, BackupTrigger trigger) {
        return new BackupChanged(AuditAction.CREATE, backup, trigger);
    }

    static BackupChanged deleted(Backup backup) {
        return new BackupChanged(AuditAction.DELETE, backup, null);
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
        return action == AuditAction.DELETE ? values() : null;
    }

    @Override
    public Object newValue() {
        return action == AuditAction.CREATE ? values() : null;
    }

    private Values values() {
        return new Values(backup.name(), backup.size(), backup.createdAt().toString(), trigger);
    }

    /** The file as the audit entry shows it; the trigger only for a backup made. */
    record Values(String name, long size, String createdAt, BackupTrigger trigger) {
    }
}
