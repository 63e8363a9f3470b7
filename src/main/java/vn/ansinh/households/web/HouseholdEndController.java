package vn.ansinh.households.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdEndReason;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdRetention;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Chấm dứt hộ»: a household marked ended on a day for a reason (or its end corrected), by whoever writes its
 * commune; from then its retention period runs. A household the user may not change is 404.
 */
@Controller
class HouseholdEndController {

    private final HouseholdRegistry registry;
    private final HouseholdRetention retention;
    private final Clock clock;

    HouseholdEndController(HouseholdRegistry registry, HouseholdRetention retention, Clock clock) {
        this.registry = registry;
        this.retention = retention;
        this.clock = clock;
    }

    @GetMapping("/registry/households/{id}/end")
    String form(@PathVariable long id, Model model, AccessScope scope) {
        Household household = writable(id, scope);
        HouseholdEndForm form = HouseholdEndForm.of(retention.endOf(id, scope).orElse(null));
        return page(household, form.endedOn() == null ? new HouseholdEndForm(LocalDate.now(clock), null) : form,
                new FieldProblems(), model);
    }

    @PostMapping("/registry/households/{id}/end")
    String end(@PathVariable long id, @ModelAttribute("form") HouseholdEndForm form, BindingResult binding,
            Model model, AccessScope scope, HttpServletResponse response, RedirectAttributes redirect) {
        Household household = writable(id, scope);
        return FormSubmission.save(response, () -> {
            FieldProblems problems = form.unreadable(binding);
            if (!problems.isEmpty()) {
                throw new InvalidHouseholdException(problems.addAll(form.end().problems(LocalDate.now(clock))));
            }
            retention.end(id, form.end(), LocalDate.now(clock), scope);
            redirect.addFlashAttribute("ended", true);
            return "redirect:/registry/households/" + id;
        }, problems -> page(household, form, problems, model));
    }

    @ExceptionHandler(HouseholdNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private Household writable(long id, AccessScope scope) {
        return registry.byId(id, scope).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
    }

    private static String page(Household household, HouseholdEndForm form, FieldProblems problems, Model model) {
        model.addAttribute("household", household);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("reasons", HouseholdEndReason.values());
        return "households/end";
    }
}
