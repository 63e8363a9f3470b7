package vn.ansinh.reminders.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.ansinh.reminders.Reminders;

/**
 * «Nhắc việc»: the signed-in user's reminders, newest first, each linking to where it is done, each marked read by
 * its button. Everyone signed in has the page; each sees only their own reminders, and marks only those.
 */
@Controller
class RemindersPageController {

    private final Reminders reminders;

    RemindersPageController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/reminders")
    String list(Principal user, Model model) {
        model.addAttribute("reminders", reminders.of(user.getName()));
        return "reminders/list";
    }

    /** Someone else's reminder (or one read already) is left as it is; the list is shown again either way. */
    @PostMapping("/reminders/{id}/read")
    String read(@PathVariable long id, Principal user) {
        reminders.markRead(id, user.getName());
        return "redirect:/reminders#reminder-" + id;
    }
}
