package vn.ansinh.meetings.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItemDraft;
import vn.ansinh.meetings.ActionItemSource;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.meetings.Meeting;
import vn.ansinh.meetings.MeetingDraft;
import vn.ansinh.meetings.MeetingKind;
import vn.ansinh.meetings.Meetings;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FormSubmission;

/**
 * «Họp»: a programme's meetings, one recorded by the coordinating office; a meeting's page with its decisions and
 * the items carried over from earlier meetings and inspections, a decision added to it, the minutes as DOCX.
 */
@Controller
class MeetingPagesController {

    private final Meetings meetings;
    private final ActionItems items;
    private final CoordinationModel common;

    MeetingPagesController(Meetings meetings, ActionItems items, CoordinationModel common) {
        this.meetings = meetings;
        this.items = items;
        this.common = common;
    }

    @GetMapping("/programmes/{id}/meetings")
    String list(@PathVariable long id, AccessScope scope, Model model) {
        return list(id, MeetingDraft.empty(), scope, model);
    }

    @PostMapping("/programmes/{id}/meetings")
    String record(@PathVariable long id, @ModelAttribute("form") MeetingDraft form, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Meeting recorded = meetings.record(id, form, scope);
            redirect.addFlashAttribute("saved", recorded.title());
            return "redirect:/programmes/" + id + "/meetings/" + recorded.id();
        }, problems -> {
            String view = list(id, form, scope, model);
            model.addAttribute("problems", problems);
            return view;
        });
    }

    @GetMapping("/programmes/{id}/meetings/{meeting}")
    String meeting(@PathVariable long id, @PathVariable long meeting, AccessScope scope, Model model) {
        return meeting(id, meeting, ActionItemDraft.empty(), scope, model);
    }

    @PostMapping("/programmes/{id}/meetings/{meeting}/items")
    String decide(@PathVariable long id, @PathVariable long meeting, @ModelAttribute("itemForm") ActionItemDraft form,
            AccessScope scope, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            ActionItem added = items.add(id, ActionItemSource.MEETING, meeting, form, scope);
            redirect.addFlashAttribute("saved", added.text());
            return "redirect:/programmes/" + id + "/meetings/" + meeting + "#item-" + added.id();
        }, problems -> {
            String view = meeting(id, meeting, form, scope, model);
            model.addAttribute("itemProblems", problems);
            return view;
        });
    }

    private String list(long id, MeetingDraft form, AccessScope scope, Model model) {
        common.addTo(model, id, scope);
        model.addAttribute("meetings", meetings.ofProgramme(id, scope));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("form", form);
        return "meetings/meetings";
    }

    private String meeting(long id, long meetingId, ActionItemDraft form, AccessScope scope, Model model) {
        common.addTo(model, id, scope);
        Meeting meeting = meetings.byId(id, meetingId, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ActionItem> all = items.ofProgramme(id, scope);
        List<ActionItem> decided = all.stream().filter(i -> i.source() == ActionItemSource.MEETING
                && i.sourceId() == meetingId).toList();
        List<ActionItem> carried = all.stream().filter(i -> i.carriedInto(meeting.heldOn())).toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("present", CoordinationModel.names(common.partyNames(id), meeting.present()));
        model.addAttribute("decided", decided);
        model.addAttribute("carried", carried);
        model.addAttribute("itemForm", form);
        common.closable(model, all, scope);
        return "meetings/meeting";
    }
}
