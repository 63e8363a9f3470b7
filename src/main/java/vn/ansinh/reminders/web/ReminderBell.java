package vn.ansinh.reminders.web;

import vn.ansinh.reminders.Reminders;

/**
 * The bell of the navigation bar: the signed-in user's unread reminders, counted only when a page shows it (an API
 * answer never does) and once per request.
 */
public final class ReminderBell {

    private final Reminders reminders;
    private final String username;
    private Integer unread;

    ReminderBell(Reminders reminders, String username) {
        this.reminders = reminders;
        this.username = username;
    }

    public int unread() {
        if (unread == null) {
            unread = reminders.unread(username);
        }
        return unread;
    }
}
