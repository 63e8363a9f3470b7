package vn.ansinh.households.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.HouseholdAreas;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdRetention;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.Member;
import vn.ansinh.households.Reviews;
import vn.ansinh.households.Sponsorships;
import vn.ansinh.households.SupportKind;
import vn.ansinh.households.SupportLog;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * One household's page: every field the form asks for, its members, its history, who sponsors it and its
 * support with who gave it — personal data masked for roles that may not see it — and a support entry added
 * to it; an administrator also sees the deleted entries, to restore them. Personal data is shown unmasked
 * once the user has chosen why they look ({@link PersonalDataViews}), and each such view is logged.
 */
@Controller
class HouseholdPageController {

    private final HouseholdRegistry registry;
    private final Reviews reviews;
    private final SupportLog support;
    private final Sponsorships sponsorships;
    private final Units units;
    private final Partners partners;
    private final Clock clock;
    private final PersonalDataViews views;
    private final HouseholdRetention retention;
    private final HouseholdAreas areas;

    HouseholdPageController(HouseholdRegistry registry, Reviews reviews, SupportLog support,
            Sponsorships sponsorships, Units units, Partners partners, Clock clock, PersonalDataViews views,
            HouseholdRetention retention, HouseholdAreas areas) {
        this.areas = areas;
        this.views = views;
        this.retention = retention;
        this.sponsorships = sponsorships;
        this.registry = registry;
        this.reviews = reviews;
        this.support = support;
        this.units = units;
        this.partners = partners;
        this.clock = clock;
    }

    @GetMapping("/registry/households/{id}")
    String household(@PathVariable long id, Model model, AccessScope scope, HttpServletRequest request) {
        return page(id, new SupportForm(null, null, null, null, LocalDate.now(clock), null, null), new FieldProblems(),
                model, scope, request);
    }

    /** Adds a support entry: refused, the page again with every problem beside its field and what was typed. */
    @PostMapping("/registry/households/{id}/support")
    String addSupport(@PathVariable long id, @ModelAttribute("form") SupportForm form, BindingResult binding,
            Model model, AccessScope scope, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            FieldProblems problems = form.unreadable(binding);
            if (!problems.isEmpty()) {
                throw new InvalidHouseholdException(problems.addAll(support.problemsOf(form.support(0))));
            }
            support.record(form.support(id), scope);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/registry/households/" + id;
        }, problems -> page(id, form, problems, model, scope, request));
    }

    /** A household the user may not change: the page of 404, as for one that does not exist. */
    @ExceptionHandler(HouseholdNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private String page(long id, SupportForm form, FieldProblems problems, Model model, AccessScope userScope,
            HttpServletRequest request) {
        AccessScope scope = views.forPage(userScope, request, model);
        Household household = registry.byId(id, scope).orElseThrow(() -> new HouseholdNotFoundException(id));
        views.shown(scope, request, PersonalDataAction.HOUSEHOLD_VIEW, household.id(), household.code(),
                household.unitId(), household.members().stream().map(Member::citizenId).toList());
        model.addAttribute("household", household);
        model.addAttribute("commune", units.byId(household.unitId()).map(AdministrativeUnit::name).orElse(""));
        // The area a classification today applies: the unit's (a township became a commune), not the record's.
        model.addAttribute("areaToday", areas.areaOn(household.unitId(), LocalDate.now(clock)).orElse(null));
        model.addAttribute("statuses", registry.history(id, scope));
        model.addAttribute("reviews", reviews.history(id, scope));
        model.addAttribute("support", support.of(id, scope));
        model.addAttribute("deletedSupport", support.deletedOf(id, scope));
        model.addAttribute("sponsors", sponsorships.sponsorsOf(id, scope));
        model.addAttribute("writable", scope.canWrite(household.unitId()));
        model.addAttribute("end", retention.endOf(id, scope).orElse(null));
        model.addAttribute("anonymisedOn", retention.anonymisedOn(id, scope).orElse(null));
        model.addAttribute("supportKinds", SupportKind.values());
        List<PartnerOrganisation> organisations = partners.all();
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationNames", organisations.stream()
                .collect(Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name)));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "households/household";
    }
}
