package vn.ansinh.reminders;

/** What a reminder is about; each kind has its messages (reminder.KIND.STAGE) and a source that finds what is due. */
public enum ReminderKind {
    /** A commune's or an organisation's periodic report not submitted yet. */
    REPORT_DUE,
    /** An action item of a meeting or an inspection still open. */
    ACTION_ITEM_DUE,
    /** A commune's poverty review round still open in December. */
    REVIEW_ROUND_OPEN
}
