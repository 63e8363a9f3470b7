package vn.ansinh.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

import vn.ansinh.backups.BackupProperties;
import vn.ansinh.shared.OfficeTime;

/** The daily backup runs at the set office time, whatever the server's zone, and not at all when switched off. */
class BackupScheduleTest {

    @Test
    void theDefaultIsTwoInTheMorningOfficeTime() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new BackupSchedule(properties(true, null), null).configureTasks(registrar);

        CronTask task = registrar.getCronTaskList().get(0);
        assertThat(task.getExpression()).isEqualTo("0 0 2 * * *");
        Instant oneInTheMorning = ZonedDateTime.of(2026, 12, 7, 1, 0, 0, 0, OfficeTime.ZONE).toInstant();
        Instant next = ((CronTrigger) task.getTrigger()).nextExecution(new SimpleTriggerContext(oneInTheMorning,
                oneInTheMorning, oneInTheMorning));
        assertThat(next).isEqualTo(Instant.parse("2026-12-06T19:00:00Z"));
    }

    @Test
    void anotherTimeOfDayIsItsCron() {
        assertThat(BackupSchedule.cron(properties(true, LocalTime.of(23, 30)))).isEqualTo("0 30 23 * * *");
    }

    @Test
    void switchedOffNothingIsScheduled() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new BackupSchedule(properties(false, null), null).configureTasks(registrar);

        assertThat(registrar.getCronTaskList()).isEmpty();
    }

    private static BackupProperties properties(boolean daily, LocalTime at) {
        return new BackupProperties(null, daily, at, 0, 0, null);
    }
}
