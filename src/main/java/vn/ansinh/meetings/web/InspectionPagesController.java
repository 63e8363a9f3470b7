package vn.ansinh.meetings.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItemDraft;
import vn.ansinh.meetings.ActionItemSource;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.meetings.Inspection;
import vn.ansinh.meetings.InspectionDraft;
import vn.ansinh.meetings.InspectionKind;
import vn.ansinh.meetings.Inspections;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FormSubmission;

/**
 * «Kiểm tra, giám sát»: a programme's joint inspections and supervisions, one planned by the coordinating office; an
 * inspection's page with its findings and its recommendations followed to closure like a meeting's decisions.
 */
@Controller
class InspectionPagesController {

    private final Inspections inspections;
    private final ActionItems items;
    private final CoordinationModel common;

    InspectionPagesController(Inspections inspections, ActionItems items, CoordinationModel common) {
        this.inspections = inspections;
        this.items = items;
        this.common = common;
    }

    @GetMapping("/programmes/{id}/inspections")
    String list(@PathVariable long id, AccessScope scope, Model model) {
        return list(id, InspectionDraft.empty(), scope, model);
    }

    @PostMapping("/programmes/{id}/inspections")
    String record(@PathVariable long id, @ModelAttribute("form") InspectionDraft form, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Inspection recorded = inspections.record(id, form, scope);
            redirect.addFlashAttribute("saved", recorded.title());
            return "redirect:/programmes/" + id + "/inspections/" + recorded.id();
        }, problems -> {
            String view = list(id, form, scope, model);
            model.addAttribute("problems", problems);
            return view;
        });
    }

    @GetMapping("/programmes/{id}/inspections/{inspection}")
    String inspection(@PathVariable long id, @PathVariable long inspection, AccessScope scope, Model model) {
        return inspection(id, inspection, ActionItemDraft.empty(), null, scope, model);
    }

    @PostMapping("/programmes/{id}/inspections/{inspection}/items")
    String recommend(@PathVariable long id, @PathVariable long inspection,
            @ModelAttribute("itemForm") ActionItemDraft form, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            ActionItem added = items.add(id, ActionItemSource.INSPECTION, inspection, form, scope);
            redirect.addFlashAttribute("saved", added.text());
            return "redirect:/programmes/" + id + "/inspections/" + inspection + "#item-" + added.id();
        }, problems -> {
            String view = inspection(id, inspection, form, null, scope, model);
            model.addAttribute("itemProblems", problems);
            return view;
        });
    }

    @PostMapping("/programmes/{id}/inspections/{inspection}/findings")
    String findings(@PathVariable long id, @PathVariable long inspection,
            @RequestParam(required = false) String findings, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Inspection written = inspections.writeFindings(id, inspection, findings, scope);
            redirect.addFlashAttribute("saved", written.title());
            return "redirect:/programmes/" + id + "/inspections/" + inspection;
        }, problems -> {
            String view = inspection(id, inspection, ActionItemDraft.empty(), findings, scope, model);
            model.addAttribute("problems", problems);
            return view;
        });
    }

    private String list(long id, InspectionDraft form, AccessScope scope, Model model) {
        common.addTo(model, id, scope);
        model.addAttribute("inspections", inspections.ofProgramme(id, scope));
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("communes", common.partiesOf(id).stream()
                .filter(p -> p.role() == PartyRole.MEMBER_COMMITTEES).toList());
        model.addAttribute("form", form);
        return "meetings/inspections";
    }

    private String inspection(long id, long inspectionId, ActionItemDraft form, String findings, AccessScope scope,
            Model model) {
        common.addTo(model, id, scope);
        Inspection inspection = inspections.byId(id, inspectionId, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ActionItem> all = items.ofProgramme(id, scope);
        model.addAttribute("inspection", inspection);
        model.addAttribute("taking", CoordinationModel.names(common.partyNames(id), inspection.parties()));
        model.addAttribute("inspected", String.join(", ", common.partiesOf(id).stream()
                .filter(p -> inspection.communes().contains(p.party().id()) && p.role() == PartyRole.MEMBER_COMMITTEES)
                .map(p -> p.name()).toList()));
        model.addAttribute("recommended", all.stream().filter(i -> i.source() == ActionItemSource.INSPECTION
                && i.sourceId() == inspectionId).toList());
        model.addAttribute("itemForm", form);
        model.addAttribute("findings", findings != null ? findings : inspection.findings());
        common.closable(model, all, scope);
        return "meetings/inspection";
    }
}
