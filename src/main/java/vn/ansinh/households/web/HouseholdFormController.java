package vn.ansinh.households.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/** «Thêm hộ»: one household entered in the browser, with its members and its classification of a year. */
@Controller
class HouseholdFormController {

    private final HouseholdRegistry registry;
    private final Units units;
    private final Clock clock;

    HouseholdFormController(HouseholdRegistry registry, Units units, Clock clock) {
        this.registry = registry;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/registry/households/new")
    String form(@RequestParam(required = false) Long unit, Model model, AccessScope scope) {
        return page(HouseholdForm.empty(unit, LocalDate.now(clock).getYear()), new FieldProblems(), model, scope);
    }

    @PostMapping("/registry/households")
    String create(@ModelAttribute("form") HouseholdForm form, BindingResult binding, Model model, AccessScope scope,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            FieldProblems problems = unreadable(binding, form);
            if (form.unitId() == null) {
                problems.add("unitId", "catalogue.required");
            }
            if (!problems.isEmpty()) {
                throw new InvalidHouseholdException(problems.addAll(registry.problemsOf(form.household(), form.status())));
            }
            Household saved = registry.registerWithStatus(form.household(), form.status(), scope);
            redirect.addFlashAttribute("added", saved.code());
            return "redirect:/registry/households/" + saved.id();
        }, problems -> page(form.withRows(), problems, model, scope));
    }

    /** A commune the user may not change: the page of 404, as for one that does not exist. */
    @ExceptionHandler(HouseholdNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    /**
     * A value that could not be read (a date that is no date), named by its field as the rules name theirs:
     * a member by its place among the rows that are not empty, as the form shows them again.
     */
    private static FieldProblems unreadable(BindingResult binding, HouseholdForm form) {
        FieldProblems problems = new FieldProblems();
        binding.getFieldErrors().forEach(e -> problems.add(form.shownField(e.getField()), "household.form.unreadable",
                String.valueOf(e.getRejectedValue())));
        return problems;
    }

    private String page(HouseholdForm form, FieldProblems problems, Model model, AccessScope scope) {
        List<AdministrativeUnit> writable = units.all().stream().filter(u -> scope.canWrite(u.id())).toList();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("units", writable);
        model.addAttribute("areas", Area.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("categories", PoorCategory.values());
        model.addAttribute("reasons", CannotExitReason.values());
        return "households/new";
    }
}
