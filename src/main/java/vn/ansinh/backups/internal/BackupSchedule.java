package vn.ansinh.backups.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import vn.ansinh.backups.BackupProperties;
import vn.ansinh.backups.BackupTrigger;
import vn.ansinh.backups.Backups;
import vn.ansinh.shared.OfficeTime;

/**
 * The daily backup, at ansinh.backup.daily-at office time (02:00 unless set), unless ansinh.backup.daily is
 * false. The same as @Scheduled(cron, zone) with the time read as a time of day, not as a cron text.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupProperties properties;
    private final Backups backups;

    BackupSchedule(BackupProperties properties, Backups backups) {
        this.properties = properties;
        this.backups = backups;
    }

    /** The cron expression of the daily backup: second 0 of the set minute and hour, every day. */
    static String cron(BackupProperties properties) {
        return "0 %d %d * * *".formatted(properties.dailyAt().getMinute(), properties.dailyAt().getHour());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.daily()) {
            LOG.info("Daily backup switched off (ansinh.backup.daily=false)");
            return;
        }
        registrar.addCronTask(new CronTask(this::daily, new CronTrigger(cron(properties), OfficeTime.ZONE)));
    }

    private void daily() {
        try {
            backups.make(BackupTrigger.SCHEDULE);
        } catch (RuntimeException e) {
            LOG.error("The daily backup failed: {}", e.getMessage(), e);
        }
    }
}
