package vn.ansinh.households.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;
import vn.ansinh.households.SupportLog;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.partners.PartnerOrganisation;

/**
 * A support entry corrected in its own form (checked as a new one), deleted from the household's page, and
 * restored by an administrator; an entry of a household the user may not change is 404.
 */
@Controller
class SupportPageController {

    private final SupportLog log;
    private final HouseholdRegistry registry;
    private final Partners partners;

    SupportPageController(SupportLog log, HouseholdRegistry registry, Partners partners) {
        this.log = log;
        this.registry = registry;
        this.partners = partners;
    }

    @GetMapping("/registry/support/{id}/edit")
    String form(@PathVariable long id, Model model, AccessScope scope) {
        Support entry = writable(id, scope);
        return page(entry, SupportForm.of(entry), new FieldProblems(), model, scope);
    }

    @PostMapping("/registry/support/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") SupportForm form, BindingResult binding, Model model,
            AccessScope scope, HttpServletResponse response, RedirectAttributes redirect) {
        Support entry = writable(id, scope);
        return FormSubmission.save(response, () -> {
            FieldProblems problems = form.unreadable(binding);
            if (!problems.isEmpty()) {
                throw new InvalidHouseholdException(problems.addAll(log.problemsOf(form.support(0))));
            }
            log.change(id, form.support(entry.householdId()), scope);
            redirect.addFlashAttribute("supportChanged", true);
            return "redirect:/registry/households/" + entry.householdId();
        }, problems -> page(entry, form, problems, model, scope));
    }

    /** Deletes the entry of the household the page showed (a request without it deletes nothing: 400). */
    @PostMapping("/registry/support/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long household, AccessScope scope, Principal user,
            RedirectAttributes redirect) {
        Support entry = writable(id, scope);
        if (entry.householdId() != household) {
            throw new HouseholdNotFoundException(id);
        }
        log.delete(id, user.getName(), scope);
        redirect.addFlashAttribute("supportDeleted", true);
        return "redirect:/registry/households/" + entry.householdId();
    }

    @PostMapping("/admin/support/{id}/restore")
    String restore(@PathVariable long id, AccessScope scope, RedirectAttributes redirect) {
        Support restored = log.restore(id, scope);
        redirect.addFlashAttribute("supportRestored", true);
        return "redirect:/registry/households/" + restored.householdId();
    }

    @ExceptionHandler(HouseholdNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private Support writable(long id, AccessScope scope) {
        Support entry = log.entry(id, scope);
        registry.byId(entry.householdId(), scope).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        return entry;
    }

    /** The organisations going on, and the one the entry names even if it has since merged into another. */
    private List<PartnerOrganisation> offered(SupportForm form) {
        List<PartnerOrganisation> offered = new ArrayList<>(partners.goingOn());
        if (form.organisation() != null && offered.stream().noneMatch(o -> o.id().equals(form.organisation()))) {
            partners.byId(form.organisation()).ifPresent(offered::add);
        }
        return offered;
    }

    private String page(Support entry, SupportForm form, FieldProblems problems, Model model, AccessScope scope) {
        Household household = registry.byId(entry.householdId(), scope).orElseThrow();
        model.addAttribute("household", household);
        model.addAttribute("entryId", entry.id());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("supportKinds", SupportKind.values());
        model.addAttribute("organisations", offered(form));
        return "households/support";
    }
}
