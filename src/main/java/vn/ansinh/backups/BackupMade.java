package vn.ansinh.backups;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A backup was made; the entry's actor is the administrator, or the system for the daily schedule. */
public record BackupMade(Backup backup, BackupTrigger trigger) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
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
        return null;
    }

    @Override
    public Object newValue() {
        return new Made(backup.name(), backup.size(), backup.createdAt().toString(), trigger);
    }

    record Made(String name, long size, String createdAt, BackupTrigger trigger) {
    }
}
