package vn.ansinh.backups;

import java.time.Instant;

/** One backup file of the folder: its name, its size in bytes, and when it was made (from its name). */
public record Backup(String name, long size, Instant createdAt) {
}
