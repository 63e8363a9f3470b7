package vn.ansinh.reminders.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ansinh.reminders.Reminders;

/** Gives every page of a signed-in user the bell (templates/fragments/layout.html); none when signed out. */
@ControllerAdvice
class ReminderBellAdvice {

    private final Reminders reminders;

    ReminderBellAdvice(Reminders reminders) {
        this.reminders = reminders;
    }

    @ModelAttribute("bell")
    ReminderBell bell(Principal user) {
        return user == null ? null : new ReminderBell(reminders, user.getName());
    }
}
