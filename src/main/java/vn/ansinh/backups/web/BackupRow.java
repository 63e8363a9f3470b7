package vn.ansinh.backups.web;

import java.time.Instant;

import vn.ansinh.backups.Backup;

/** One kept backup on the page: its name, when it was made, and its size as read in Vietnam. */
record BackupRow(String name, Instant createdAt, String size) {

    static BackupRow of(Backup backup) {
        return new BackupRow(backup.name(), backup.createdAt(), BackupSize.of(backup.size()));
    }
}
