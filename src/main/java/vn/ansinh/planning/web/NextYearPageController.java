package vn.ansinh.planning.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.planning.NextYear;
import vn.ansinh.planning.NextYearException;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;

/**
 * "Tạo chương trình năm sau" on the programme page, for administrators (the security configuration
 * says so): opens the new programme — a draft, until «Công bố» publishes it — or goes back to this one
 * saying why none was made.
 */
@Controller
class NextYearPageController {

    private final NextYear nextYear;
    private final Programmes programmes;
    private final MessageSource messages;

    NextYearPageController(NextYear nextYear, Programmes programmes, MessageSource messages) {
        this.nextYear = nextYear;
        this.programmes = programmes;
        this.messages = messages;
    }

    /** «Công bố»: next year's programme becomes everyone's, and the start page opens it from now on. */
    @PostMapping("/programmes/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        NextYearErrors.requireKnown(nextYear, id);
        Programme published = programmes.publish(id);
        redirect.addFlashAttribute("nextYearMessage",
                messages.getMessage("programme.published", new Object[] {published.programmeYear()}, locale));
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/programmes/{id}/next-year")
    String create(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect, Locale locale) {
        NextYearErrors.requireKnown(nextYear, id);
        try {
            Programme created = nextYear.create(id, year);
            redirect.addFlashAttribute("nextYearMessage",
                    messages.getMessage("nextYear.created", new Object[] {created.programmeYear()}, locale));
            return "redirect:/programmes/" + created.id();
        } catch (NextYearException e) {
            redirect.addFlashAttribute("nextYearRefused", NextYearErrors.message(messages, e, locale));
            return "redirect:/programmes/" + id;
        }
    }
}
