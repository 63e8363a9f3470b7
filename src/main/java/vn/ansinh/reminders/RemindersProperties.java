package vn.ansinh.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminder settings. daily: whether the job runs (every day by cron, in office time, and once at start);
 * dueSoonDays: how many days ahead something due is reminded of; overdueDays: for how many days after its day
 * something overdue still is; baseUrl: the address users open ansinh at, for the links in e-mails; mailFrom: the
 * sender of the e-mails. E-mail is sent only where spring.mail.host is set.
 */
@ConfigurationProperties("ansinh.reminders")
public record RemindersProperties(Boolean daily, String cron, Integer dueSoonDays, Integer overdueDays, String baseUrl,
        String mailFrom) {

    public RemindersProperties {
        daily = daily == null || daily;
        cron = cron == null || cron.isBlank() ? "0 0 6 * * *" : cron;
        dueSoonDays = dueSoonDays == null ? 3 : dueSoonDays;
        overdueDays = overdueDays == null ? 30 : overdueDays;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "ansinh@localhost" : mailFrom;
    }
}
