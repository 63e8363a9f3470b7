package vn.ansinh.reminders;

import java.time.LocalDate;

/** What a run of the daily job did: the reminders it gave, those it e-mailed and those whose sending failed. */
public record ReminderRun(LocalDate day, int given, int emailed, int failed) {
}
