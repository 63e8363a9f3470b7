package vn.ansinh.reminders;

import java.time.LocalDate;
import java.util.Set;

/**
 * Something due that a source found on a day: of a kind, its subject (subjectKey names it within the kind, e.g.
 * "period:12/UNIT:34"; subject and detail are what the message shows of it, as data: a commune's name, a period's
 * code), the stage and due day, the page where it is done (a path of the application), and the users who must act.
 */
public record DueItem(ReminderKind kind, String subjectKey, ReminderStage stage, LocalDate dueOn, String subject,
        String detail, String link, Set<Long> recipients) {

    public DueItem {
        recipients = Set.copyOf(recipients);
    }
}
