package vn.ansinh.relief.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.relief.AffectedHousehold;
import vn.ansinh.relief.AffectedHouseholdDraft;
import vn.ansinh.relief.DamageKind;
import vn.ansinh.relief.EventReport;
import vn.ansinh.relief.Relief;
import vn.ansinh.relief.ReliefDraft;
import vn.ansinh.relief.ReliefEntries;
import vn.ansinh.relief.ReliefImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * One event: the households it hit in each commune the user reads, their damage and the relief they were given, the
 * totals per commune and for the event; a household added, and relief recorded, by whoever writes the commune.
 */
@Controller
class ReliefEventPageController {

    private final Relief relief;
    private final ReliefEntries entries;

    ReliefEventPageController(Relief relief, ReliefEntries entries) {
        this.relief = relief;
        this.entries = entries;
    }

    @GetMapping("/relief/events/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) Long unit, AccessScope scope, Model model) {
        return page(report(id, scope), unit, AffectedHouseholdDraft.empty(unit), ReliefDraft.empty(),
                new Problems(new FieldProblems(), new FieldProblems()), scope, model);
    }

    @PostMapping("/relief/events/{id}/households")
    String add(@PathVariable long id, @ModelAttribute("householdForm") AffectedHouseholdDraft form, AccessScope scope,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        EventReport report = report(id, scope);
        return FormSubmission.save(response, () -> {
            AffectedHousehold added = entries.add(report.event(), form, scope);
            redirect.addFlashAttribute("saved", added.headName());
            return "redirect:/relief/events/" + id + "?unit=" + added.unitId() + "#household-" + added.id();
        }, problems -> page(report, form.unitId(), form, ReliefDraft.empty(), new Problems(problems, new FieldProblems()),
                scope, model));
    }

    @PostMapping("/relief/events/{id}/relief")
    String give(@PathVariable long id, @RequestParam(required = false) Long unit,
            @ModelAttribute("reliefForm") ReliefDraft form, AccessScope scope, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        EventReport report = report(id, scope);
        return FormSubmission.save(response, () -> {
            entries.give(report.event(), form, scope);
            redirect.addFlashAttribute("saved", form.giver().strip());
            return "redirect:/relief/events/" + id + (unit == null ? "" : "?unit=" + unit) + "#household-" + form.affectedId();
        }, problems -> page(report, unit, AffectedHouseholdDraft.empty(unit), form,
                new Problems(new FieldProblems(), problems), scope, model));
    }

    /** The problems of each form: only the one sent has any. */
    private record Problems(FieldProblems household, FieldProblems relief) {
    }

    private EventReport report(long id, AccessScope scope) {
        return relief.report(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(EventReport report, Long unit, AffectedHouseholdDraft householdForm, ReliefDraft reliefForm,
            Problems problems, AccessScope scope, Model model) {
        Long chosen = unit != null && report.event().hit(unit) ? unit : report.event().unitIds().stream()
                .filter(scope::canWrite).findFirst().orElse(null);
        boolean writes = ReliefEntries.writes(report.event(), chosen, scope);
        Map<Long, String> affected = new LinkedHashMap<>();
        report.communes().stream().filter(c -> c.unitId() == (chosen == null ? -1 : chosen))
                .flatMap(c -> c.lines().stream()).map(EventReport.Line::household)
                .forEach(h -> affected.put(h.id(), h.headName() + " – " + h.village()));
        model.addAttribute("report", report);
        model.addAttribute("unit", chosen);
        model.addAttribute("writes", writes);
        // The import's link where its endpoint takes the user: one of the event's communes written.
        model.addAttribute("imports", ReliefImports.writesAny(report.event(), scope));
        model.addAttribute("damages", DamageKind.values());
        model.addAttribute("affected", affected);
        model.addAttribute("householdForm", householdForm.unitId() == null ? AffectedHouseholdDraft.empty(chosen)
                : householdForm);
        model.addAttribute("reliefForm", reliefForm);
        model.addAttribute("householdProblems", problems.household());
        model.addAttribute("reliefProblems", problems.relief());
        return "relief/event";
    }
}
