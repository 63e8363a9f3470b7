package vn.ansinh.reminders;

/** How near what is due is: each stage is reminded once, so an item due soon and then overdue is reminded twice. */
public enum ReminderStage {
    DUE_SOON,
    OVERDUE
}
