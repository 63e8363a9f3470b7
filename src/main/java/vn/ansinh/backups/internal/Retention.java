package vn.ansinh.backups.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.ansinh.backups.Backup;
import vn.ansinh.shared.OfficeTime;

/**
 * Which backups to keep: the newest of each of the last keepDays office days (today included), and the newest
 * of each of the last keepMonths months (this month included). A later copy of a day holds everything an earlier
 * one did, so the earlier is not needed. The newest backup is always kept, and so is any dated after today (a
 * clock set back must not delete what it cannot place).
 */
public record Retention(int keepDays, int keepMonths) {

    /** The backups to delete, of these, today being the clock's day. */
    public List<Backup> toDelete(List<Backup> backups, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, OfficeTime.ZONE);
        LocalDate firstDay = today.minusDays(keepDays - 1L);
        YearMonth firstMonth = YearMonth.from(today).minusMonths(keepMonths - 1L);
        List<Backup> newestFirst = backups.stream()
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
        Set<Object> seen = new HashSet<>();
        Set<Backup> kept = new HashSet<>();
        for (Backup backup : newestFirst) {
            LocalDate day = LocalDate.ofInstant(backup.createdAt(), OfficeTime.ZONE);
            boolean newestOfDay = seen.add(day) && !day.isBefore(firstDay);
            boolean newestOfMonth = seen.add(YearMonth.from(day)) && !YearMonth.from(day).isBefore(firstMonth);
            if (newestOfDay || newestOfMonth || day.isAfter(today) || backup == newestFirst.get(0)) {
                kept.add(backup);
            }
        }
        return newestFirst.stream().filter(backup -> !kept.contains(backup)).toList();
    }
}
