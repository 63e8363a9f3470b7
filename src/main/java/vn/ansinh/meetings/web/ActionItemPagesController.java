package vn.ansinh.meetings.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItemClosing;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FormSubmission;

/**
 * «Việc cần làm»: every decision and recommendation of a programme, filtered (open, overdue, closed, all; by party),
 * each closed where it is shown by whoever may close it; and the fragment of one party's open items its home page
 * loads.
 */
@Controller
class ActionItemPagesController {

    /** Which items the page lists. */
    enum Status {
        OPEN, OVERDUE, CLOSED, ALL
    }

    private final ActionItems items;
    private final CoordinationModel common;

    ActionItemPagesController(ActionItems items, CoordinationModel common) {
        this.items = items;
        this.common = common;
    }

    @GetMapping("/programmes/{id}/action-items")
    String page(@PathVariable long id, @RequestParam(required = false) Status status,
            @RequestParam(required = false) String party, AccessScope scope, Model model) {
        common.addTo(model, id, scope);
        Status shown = status == null ? Status.OPEN : status;
        String partyKey = party == null || !common.partyNames(id).containsKey(party) ? "" : party;
        LocalDate today = items.today();
        List<ActionItem> all = items.ofProgramme(id, scope);
        model.addAttribute("items", all.stream().filter(i -> partyKey.isEmpty() || i.responsible().key().equals(partyKey))
                .filter(i -> switch (shown) {
                    case OPEN -> !i.closed();
                    case OVERDUE -> i.overdue(today);
                    case CLOSED -> i.closed();
                    case ALL -> true;
                }).toList());
        model.addAttribute("status", shown);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("party", partyKey);
        common.closable(model, all, scope);
        return "meetings/action-items";
    }

    /** One party's open items, overdue ones marked, each with its close form where the user may close it. */
    @GetMapping("/programmes/{id}/action-items/of-party")
    String ofParty(@PathVariable long id, @RequestParam(required = false) String party,
            @RequestHeader(name = "HX-Current-URL", required = false) String from, AccessScope scope, Model model) {
        common.addTo(model, id, scope);
        List<ActionItem> open = items.ofProgramme(id, scope).stream().filter(i -> !i.closed())
                .filter(i -> i.responsible().key().equals(party)).toList();
        model.addAttribute("items", open);
        model.addAttribute("overdueCount", open.stream().filter(i -> i.overdue(items.today())).count());
        model.addAttribute("back", back(id, pathOf(from)));
        common.closable(model, open, scope);
        return "meetings/items :: party";
    }

    /** Closes the item with what was done; back to the page it was closed on, or refused beside its field (422). */
    @PostMapping("/programmes/{id}/action-items/{item}/close")
    String close(@PathVariable long id, @PathVariable long item, @ModelAttribute("closing") ClosingForm form,
            AccessScope scope, Principal user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            ActionItem closed = items.close(id, new ActionItemClosing(item, form.closingNote()), user.getName(), scope);
            redirect.addFlashAttribute("saved", closed.text());
            return "redirect:" + back(id, form.back());
        }, problems -> {
            String party = items.ofProgramme(id, scope).stream().filter(i -> i.id() == item).findFirst()
                    .map(i -> i.responsible().key()).orElse(null);
            String view = page(id, Status.OPEN, party, scope, model);
            model.addAttribute("closeProblems", problems);
            model.addAttribute("closingItem", item);
            model.addAttribute("closingNote", form.closingNote());
            return view;
        });
    }

    /** The close form as typed: the line saying what was done, and the page to go back to. */
    record ClosingForm(String closingNote, String back) {
    }

    /** The path of the page htmx loaded the fragment into (HX-Current-URL); null when none or not a URL. */
    private static String pathOf(String url) {
        try {
            return url == null ? null : URI.create(url).getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A page of this programme to go back to; the programme's action items for anything else. */
    static String back(long programmeId, String path) {
        String prefix = "/programmes/" + programmeId + "/";
        boolean ours = path != null && path.startsWith(prefix) && path.matches("[A-Za-z0-9/_\\-.]*")
                && !path.contains("//") && !path.contains("..");
        return ours ? path : prefix + "action-items";
    }
}
