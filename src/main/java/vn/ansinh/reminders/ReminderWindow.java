package vn.ansinh.reminders;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day of a run and how far it looks: what is due within dueSoonDays from today is due soon; what was due before
 * today is overdue, but only for overdueDays — so that a database of past years given reminders for the first time
 * does not remind everyone of everything it ever missed.
 */
public record ReminderWindow(LocalDate today, int dueSoonDays, int overdueDays) {

    /** The stage of something due on the day; empty when it is neither due soon nor recently overdue. */
    public Optional<ReminderStage> stageOf(LocalDate dueOn) {
        if (dueOn.isBefore(today)) {
            return dueOn.isBefore(today.minusDays(overdueDays)) ? Optional.empty() : Optional.of(ReminderStage.OVERDUE);
        }
        return dueOn.isAfter(today.plusDays(dueSoonDays)) ? Optional.empty() : Optional.of(ReminderStage.DUE_SOON);
    }

    /** The first day something may be due to be reminded of today, and the last. */
    public LocalDate from() {
        return today.minusDays(overdueDays);
    }

    public LocalDate to() {
        return today.plusDays(dueSoonDays);
    }
}
