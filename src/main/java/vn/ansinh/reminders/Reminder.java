package vn.ansinh.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.ansinh.shared.OfficeTime;

/**
 * A reminder given to a user: what is due (kind, subject, stage, due day) and where it is done; when it was given,
 * read (null: unread) and e-mailed (null: not).
 */
public record Reminder(long id, long userId, ReminderKind kind, String subjectKey, ReminderStage stage,
        LocalDate dueOn, String subject, String detail, String link, Instant createdAt, Instant readAt,
        Instant emailedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The message of its kind and stage, with {@link #arguments()}. */
    public String messageKey() {
        return "reminder." + kind.name() + "." + stage.name();
    }

    /** {0} the subject, {1} the detail, {2} the due day as dd/MM/yyyy. */
    public Object[] arguments() {
        return new Object[] {subject, detail == null ? "" : detail, DAY.format(dueOn)};
    }

    /** The office's day it was given. */
    public LocalDate givenOn() {
        return LocalDate.ofInstant(createdAt, OfficeTime.ZONE);
    }

    public boolean read() {
        return readAt != null;
    }
}
