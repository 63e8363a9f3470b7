package vn.ansinh.households.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.ReviewBatchRefusal;
import vn.ansinh.households.ReviewDecision;
import vn.ansinh.households.ReviewRefusal;
import vn.ansinh.households.Reviews;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/** «Lưu các kết quả»: the outcomes entered on a page of the review, saved together or not at all. */
@Controller
class ReviewBatchController {

    private final Reviews reviews;
    private final MessageSource messages;

    ReviewBatchController(Reviews reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    /**
     * Saves the outcomes given on a page of the review, all or none; a refusal names each refused household
     * beside its row and the page comes back with everything typed.
     */
    @PostMapping("/registry/reviews/{round}/batch")
    String batch(@PathVariable long round, @RequestParam long unit, @RequestParam int year, ReviewBatchForm form,
            AccessScope scope, RedirectAttributes redirect, Locale locale) {
        try {
            List<ReviewDecision> decisions = form.decisions();
            FieldProblems problems = unfinished(form, decisions);
            if (!problems.isEmpty()) {
                throw new ReviewBatchRefusal(problems);
            }
            redirect.addFlashAttribute("savedCount", reviews.recordAll(round, decisions, scope).size());
        } catch (ReviewBatchRefusal e) {
            redirect.addFlashAttribute("batch", form);
            redirect.addFlashAttribute("rowProblems", rowMessages(e.problems(), locale));
        } catch (ReviewRefusal e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale));
        } catch (HouseholdNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/registry/reviews").queryParam("unit", unit)
                .queryParam("year", year).queryParamIfPresent("village", Optional.ofNullable(form.village()))
                .queryParamIfPresent("status", Optional.ofNullable(form.status()))
                .queryParamIfPresent("state", Optional.ofNullable(form.state()))
                .queryParamIfPresent("page", Optional.ofNullable(form.page())).encode().build().toUriString();
    }

    /** What the form itself leaves unfinished: a row given something but no outcome, rows without a date. */
    private static FieldProblems unfinished(ReviewBatchForm form, List<ReviewDecision> decisions) {
        FieldProblems problems = new FieldProblems();
        decisions.stream().filter(d -> d.outcome() == null)
                .forEach(d -> problems.add(String.valueOf(d.householdId()), "reviewPage.row.outcomeMissing"));
        if (form.date() == null && !decisions.isEmpty()) {
            problems.add("date", "review.date.missing");
        }
        return problems;
    }

    /** Each refused row's message by its household's id (as text), in the reader's language. */
    private Map<String, String> rowMessages(FieldProblems problems, Locale locale) {
        Map<String, String> messagesByRow = new LinkedHashMap<>();
        problems.byField().forEach((row, p) -> messagesByRow.put(row,
                messages.getMessage(p.key(), p.arguments().toArray(), p.key(), locale)));
        return messagesByRow;
    }
}
