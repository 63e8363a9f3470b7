package vn.ansinh.poverty.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.poverty.GovernmentLevel;
import vn.ansinh.poverty.ReviewCalendar;
import vn.ansinh.poverty.ReviewCalendarDraft;
import vn.ansinh.poverty.ReviewCalendars;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Lịch rà soát hộ nghèo»: every period of the review calendar, and a new period added by an administrator from
 * the day it takes effect (the form starts from the calendar in force; the latest period ends the day before).
 */
@Controller
class ReviewCalendarAdminController {

    private final ReviewCalendars calendars;
    private final Clock clock;

    ReviewCalendarAdminController(ReviewCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/admin/review-calendar")
    String list(Model model) {
        ReviewCalendarDraft form = calendars.on(LocalDate.now(clock)).map(ReviewCalendarDraft::from)
                .orElse(new ReviewCalendarDraft("", "", "", "", "", "", null, null, ""));
        return page(form, new FieldProblems(), model);
    }

    @PostMapping("/admin/review-calendar")
    String add(@ModelAttribute ReviewCalendarDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            ReviewCalendar added = calendars.add(form);
            redirect.addFlashAttribute("saved", added.legalBasis());
            return "redirect:/admin/review-calendar#calendar-" + added.id();
        }, problems -> page(form, problems, model));
    }

    private String page(ReviewCalendarDraft form, FieldProblems problems, Model model) {
        model.addAttribute("calendars", calendars.all());
        model.addAttribute("levels", GovernmentLevel.values());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "poverty/review-calendar";
    }
}
