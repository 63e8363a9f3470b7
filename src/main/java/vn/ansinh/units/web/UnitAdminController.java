package vn.ansinh.units.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitBrowser;
import vn.ansinh.units.UnitDraft;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitView;
import vn.ansinh.units.Units;

/**
 * Administrators keep the unit tree: add a unit, change its name, kind, parent and validity. What
 * is wrong is said beside the field (422) and nothing is saved. There is no delete: a unit that
 * ends (the 2025 reform) is closed with its valid-to date and the new unit is added.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    private final Units units;
    private final UnitBrowser browser;
    private final Clock clock;

    UnitAdminController(Units units, UnitBrowser browser, Clock clock) {
        this.units = units;
        this.browser = browser;
        this.clock = clock;
    }

    /** The tree on a day (today unless chosen), looked into at a unit, or searched by name or code. */
    @GetMapping
    String list(@RequestParam(required = false) Long parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) Long within, @RequestParam(required = false) String q, Model model) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        model.addAttribute("on", day);
        model.addAttribute("q", q == null ? "" : q.strip());
        java.util.List<UnitView.Found> found = q == null || q.isBlank() ? null : browser.search(q, day);
        model.addAttribute("found", found);
        model.addAttribute("foundMany", found != null && found.size() >= UnitBrowser.FOUND);
        return listPage(UnitDraft.under(parent == null ? within : parent), new FieldProblems(), day, within, model);
    }

    @PostMapping
    String create(@ModelAttribute UnitDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> saved(units.create(form), redirect),
                problems -> listPage(form, problems, LocalDate.now(clock), form.parentId(), model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AdministrativeUnit unit = unit(id);
        return editPage(unit, UnitDraft.of(unit), new FieldProblems(), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UnitDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        AdministrativeUnit unit = unit(id);
        return FormSubmission.save(response, () -> saved(units.update(id, form), redirect),
                problems -> editPage(unit, form, problems, model));
    }

    private String listPage(UnitDraft form, FieldProblems problems, LocalDate day, Long within, Model model) {
        UnitView view = browser.view(day, within);
        model.addAttribute("view", view);
        model.addAttribute("tree", view.entries());
        model.addAttribute("today", day);
        model.addAttribute("on", day);
        if (!model.containsAttribute("q")) {
            model.addAttribute("q", "");
        }
        return formPage("units/units", form, problems, Set.of(), view, model);
    }

    private String editPage(AdministrativeUnit unit, UnitDraft form, FieldProblems problems, Model model) {
        model.addAttribute("unit", unit);
        return formPage("units/unit", form, problems, units.withDescendants(unit.id()),
                browser.view(LocalDate.now(clock), unit.parentId()), model);
    }

    /**
     * The form with its problems; the parents offered are the units shown (a national tree: the path and the level
     * below each step), leaving out the unit being edited and what is below it.
     */
    private String formPage(String view, UnitDraft form, FieldProblems problems, Set<Long> notParents, UnitView shown,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("parents", shown.entries().stream().filter(e -> !notParents.contains(e.unit().id())).toList());
        model.addAttribute("kinds", UnitKind.values());
        return view;
    }

    private static String saved(AdministrativeUnit unit, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", unit.name());
        return "redirect:/admin/units#unit-" + unit.id();
    }

    private AdministrativeUnit unit(long id) {
        return units.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
