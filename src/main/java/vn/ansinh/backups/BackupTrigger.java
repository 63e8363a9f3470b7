package vn.ansinh.backups;

/** Who asked for a backup: an administrator (named by the audit entry's actor) or the daily schedule. */
public enum BackupTrigger {
    USER,
    SCHEDULE
}
