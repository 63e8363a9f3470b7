package vn.ansinh.households.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.ReviewDecision;
import vn.ansinh.households.ReviewOutcome;
import vn.ansinh.households.ReviewRefusal;
import vn.ansinh.households.ReviewRound;
import vn.ansinh.households.Reviews;
import vn.ansinh.poverty.Classification;
import vn.ansinh.poverty.ReviewCalendars;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Rà soát hộ nghèo»: a commune's review of a year — opened, each household's outcome recorded (which
 * sets its status of the next year), closed with its decision; the page says the review's days and who recognises
 * the lists, from the review calendar of that year.
 */
@Controller
class ReviewPageController {

    private final Reviews reviews;
    private final ReviewList list;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;
    private final ReviewCalendars calendars;

    ReviewPageController(Reviews reviews, ReviewList list, Units units, MessageSource messages, Clock clock,
            ReviewCalendars calendars) {
        this.calendars = calendars;
        this.reviews = reviews;
        this.list = list;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/registry/reviews")
    String page(@RequestParam long unit, @RequestParam int year, @RequestParam(required = false) String village,
            @RequestParam(required = false) String status, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "1") int page, Model model, AccessScope scope) {
        AdministrativeUnit commune = units.byId(unit).filter(u -> scope.canRead(u.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReviewRound round = reviews.rounds(List.of(unit), scope).stream().filter(r -> r.year() == year).findFirst()
                .orElse(null);
        model.addAttribute("commune", commune);
        model.addAttribute("year", year);
        model.addAttribute("round", round);
        model.addAttribute("writable", scope.canWrite(unit));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("calendar", calendars.forReviewOf(year).orElse(null));
        if (round != null) {
            list.fill(model, round, village, status, state, page, scope);
        }
        return "households/reviews";
    }

    @PostMapping("/registry/reviews")
    String open(@RequestParam long unit, @RequestParam int year, AccessScope scope, RedirectAttributes redirect,
            Locale locale) {
        return step(unit, year, redirect, locale, () -> reviews.open(unit, year, scope));
    }

    @PostMapping("/registry/reviews/{round}/outcomes")
    String outcome(@PathVariable long round, @RequestParam long unit, @RequestParam int year, @RequestParam long household,
            @RequestParam ReviewOutcome outcome, @RequestParam LocalDate date, @RequestParam(required = false) String decision,
            @RequestParam(required = false) PoorCategory category, @RequestParam(required = false) CannotExitReason reason,
            @RequestParam(required = false) Classification after, AccessScope scope, RedirectAttributes redirect,
            Locale locale) {
        return step(unit, year, redirect, locale, () -> reviews.record(round, new ReviewDecision(household, outcome, date,
                decision, after, category, reason, null), scope));
    }

    @PostMapping("/registry/reviews/{round}/close")
    String close(@PathVariable long round, @RequestParam long unit, @RequestParam int year,
            @RequestParam(required = false) String decision, AccessScope scope, RedirectAttributes redirect, Locale locale) {
        return step(unit, year, redirect, locale, () -> reviews.close(round, decision, scope));
    }

    /** Takes a review step; a refusal is said on the page it returns to, nothing else changed. */
    private String step(long unit, int year, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (ReviewRefusal e) {
            redirect.addFlashAttribute("refusal", message(e, locale));
        } catch (InvalidHouseholdException e) {
            redirect.addFlashAttribute("refusal", e.problems().byField().values().stream()
                    .map(p -> messages.getMessage(p.key(), p.arguments().toArray(), locale)).collect(Collectors.joining("; ")));
        } catch (HouseholdNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/registry/reviews?unit=" + unit + "&year=" + year;
    }

    private String message(CodedException e, Locale locale) {
        return messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale);
    }
}
