package vn.ansinh.privacy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import vn.ansinh.privacy.PrivacyProperties;
import vn.ansinh.privacy.Retention;
import vn.ansinh.privacy.RetentionRun;
import vn.ansinh.shared.OfficeTime;

/**
 * The daily anonymisation of households past retention, at 03:00 office time (after the 02:00 backup, so the
 * night's copy still holds what is erased for as long as backups are kept), when ansinh.privacy.retention-daily
 * is true. Audited as the system's work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule implements SchedulingConfigurer {

    static final String CRON = "0 0 3 * * *";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final PrivacyProperties properties;
    private final Retention retention;

    RetentionSchedule(PrivacyProperties properties, Retention retention) {
        this.properties = properties;
        this.retention = retention;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.retentionDaily()) {
            registrar.addCronTask(new CronTask(this::daily, new CronTrigger(CRON, OfficeTime.ZONE)));
        }
    }

    private void daily() {
        try {
            RetentionRun run = retention.run();
            LOG.info("Retention: {} households anonymised", run.households().size());
        } catch (RuntimeException e) {
            LOG.error("The daily anonymisation failed: {}", e.getMessage(), e);
        }
    }
}
