package vn.ansinh.reminders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.reminders.Reminder;
import vn.ansinh.reminders.RemindersProperties;

/**
 * E-mails the reminders not sent yet, in Vietnamese, each with the link to where it is done — only where the office
 * configured an SMTP server (spring.mail.host: Spring Boot then gives a JavaMailSender) and to users with an address.
 * A reminder is marked sent once the server took it; one the server refused is tried again at the next run.
 */
@Component
public class ReminderMail {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Optional<JavaMailSender> sender;
    private final ReminderStore store;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final RemindersProperties properties;
    private final Clock clock;

    public ReminderMail(Optional<JavaMailSender> sender, ReminderStore store, UserAccounts accounts,
            MessageSource messages, RemindersProperties properties, Clock clock) {
        this.sender = sender;
        this.store = store;
        this.accounts = accounts;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends the unread reminders given from the instant to now and not sent yet (older ones are past: the page still
     * shows them); how many were sent and how many failed.
     */
    public int[] sendUnsent(Instant since) {
        if (sender.isEmpty()) {
            return new int[] {0, 0};
        }
        int sent = 0;
        int failed = 0;
        for (Reminder reminder : store.unsent(since, clock.instant())) {
            String to = accounts.byId(reminder.userId()).filter(UserAccount::enabled).map(UserAccount::email)
                    .orElse(null);
            if (to != null) {
                boolean done = send(reminder, to);
                sent += done ? 1 : 0;
                failed += done ? 0 : 1;
            }
        }
        return new int[] {sent, failed};
    }

    private boolean send(Reminder reminder, String to) {
        try {
            sender.get().send(message(reminder, to));
            store.emailed(reminder.id(), clock.instant());
            return true;
        } catch (MailException e) {
            LOG.warn("Reminder {} could not be e-mailed to user {}; tried again at the next run: {}", reminder.id(),
                    reminder.userId(), e.getMessage());
            return false;
        }
    }

    private SimpleMailMessage message(Reminder reminder, String to) {
        String text = messages.getMessage(reminder.messageKey(), reminder.arguments(), VIETNAMESE);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(messages.getMessage("reminder.mail.subject", new Object[] {text}, VIETNAMESE));
        message.setText(messages.getMessage("reminder.mail.body", new Object[] {text, properties.baseUrl()
                + reminder.link(), properties.baseUrl() + "/reminders"}, VIETNAMESE));
        return message;
    }
}
