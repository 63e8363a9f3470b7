package vn.ansinh.relief.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.relief.DisasterKind;
import vn.ansinh.relief.Relief;
import vn.ansinh.relief.ReliefEntries;
import vn.ansinh.relief.ReliefEvent;
import vn.ansinh.relief.ReliefEventDraft;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.units.AdministrativeUnit;

/**
 * «Trợ giúp đột xuất»: the events that hit a commune in a year, each with what the commune's households lost and were
 * given, and an event created by whoever writes the commune.
 */
@Controller
class ReliefPageController {

    private final Relief relief;
    private final ReliefEntries entries;
    private final ReliefCommunes communes;

    ReliefPageController(Relief relief, ReliefEntries entries, ReliefCommunes communes) {
        this.relief = relief;
        this.entries = entries;
        this.communes = communes;
    }

    @GetMapping("/relief")
    String page(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            AccessScope scope, Model model) {
        return page(null, unit, year, new FieldProblems(), scope, model);
    }

    @PostMapping("/relief/events")
    String create(@ModelAttribute("form") ReliefEventDraft form, @RequestParam(required = false) Long unit,
            AccessScope scope, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            ReliefEvent created = entries.create(form, scope);
            redirect.addFlashAttribute("saved", created.name());
            return "redirect:/relief/events/" + created.id() + "?unit=" + created.unitIds().get(0);
        }, problems -> page(form, unit != null || form.unitIds().isEmpty() ? unit : form.unitIds().get(0), null,
                problems, scope, model));
    }

    /** The page of the commune and year; form null: an empty one for the commune, otherwise as typed. */
    private String page(ReliefEventDraft form, Long unit, Integer year, FieldProblems problems, AccessScope scope,
            Model model) {
        int in = year == null ? communes.thisYear() : year;
        List<AdministrativeUnit> readable = communes.readable(in, scope);
        Long shown = unit != null ? unit : readable.size() == 1 ? readable.get(0).id() : null;
        model.addAttribute("communes", readable);
        model.addAttribute("unit", shown);
        model.addAttribute("year", in);
        model.addAttribute("events", shown == null ? null : relief.ofCommune(shown, in, scope));
        List<AdministrativeUnit> writable = communes.writable(in, scope);
        // The form where the endpoint takes it: a commune the user writes (ReliefEntries.create's rule).
        model.addAttribute("writes", shown != null && writable.stream().anyMatch(u -> u.id().equals(shown)));
        model.addAttribute("writable", writable);
        model.addAttribute("kinds", DisasterKind.values());
        model.addAttribute("form", form == null ? ReliefEventDraft.empty(shown) : form);
        model.addAttribute("problems", problems);
        return "relief/events";
    }
}
