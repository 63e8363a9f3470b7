package vn.ansinh.backups;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backup settings. folder: where the copies go (relative to the working folder, as ./data is); daily: whether
 * the schedule runs, and at what office time; keepDays / keepMonths: the newest copy of each of the last so
 * many days, and of each of the last so many months, is kept; restore: a copy to restore into an empty
 * database at start (a start option, never a standing setting).
 */
@ConfigurationProperties("ansinh.backup")
public record BackupProperties(Path folder, Boolean daily, LocalTime dailyAt, int keepDays, int keepMonths,
        Path restore) {

    public BackupProperties {
        folder = folder == null ? Path.of("backups") : folder;
        daily = daily == null || daily;
        dailyAt = dailyAt == null ? LocalTime.of(2, 0) : dailyAt;
        keepDays = keepDays <= 0 ? 7 : keepDays;
        keepMonths = keepMonths <= 0 ? 12 : keepMonths;
    }
}
