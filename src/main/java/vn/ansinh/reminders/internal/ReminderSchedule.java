package vn.ansinh.reminders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import vn.ansinh.reminders.ReminderJob;
import vn.ansinh.reminders.RemindersProperties;
import vn.ansinh.shared.OfficeTime;

/**
 * The reminder job by ansinh.reminders.cron (06:00 office time unless set), and once when the application is ready
 * — a restart after the day's hour then still reminds that day, and gives nothing twice. Off when
 * ansinh.reminders.daily is false.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final RemindersProperties properties;
    private final ReminderJob job;

    ReminderSchedule(RemindersProperties properties, ReminderJob job) {
        this.properties = properties;
        this.job = job;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.daily()) {
            LOG.info("Daily reminders switched off (ansinh.reminders.daily=false)");
            return;
        }
        registrar.addCronTask(new CronTask(this::run, new CronTrigger(properties.cron(), OfficeTime.ZONE)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (properties.daily()) {
            run();
        }
    }

    private void run() {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.error("The reminder job failed: {}", e.getMessage(), e);
        }
    }
}
