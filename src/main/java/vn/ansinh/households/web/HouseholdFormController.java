package vn.ansinh.households.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdAreas;
import vn.ansinh.households.HouseholdCorrections;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Thêm hộ» and «Sửa hộ»: one household entered or corrected in the browser, with its members and its
 * classification of a year, in one form.
 */
@Controller
class HouseholdFormController {

    private final HouseholdRegistry registry;
    private final HouseholdCorrections corrections;
    private final Programmes programmes;
    private final Units units;
    private final Clock clock;
    private final MessageSource messages;
    private final PersonalDataViews views;

    private final HouseholdAreas areas;

    HouseholdFormController(HouseholdRegistry registry, HouseholdCorrections corrections, Programmes programmes,
            Units units, Clock clock, MessageSource messages, PersonalDataViews views, HouseholdAreas areas) {
        this.areas = areas;
        this.views = views;
        this.messages = messages;
        this.registry = registry;
        this.corrections = corrections;
        this.programmes = programmes;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/registry/households/new")
    String form(@RequestParam(required = false) Long unit, Model model, AccessScope scope) {
        List<AdministrativeUnit> writable = writable(scope);
        Long chosen = unit == null && writable.size() == 1 ? writable.get(0).id() : unit;
        // The area starts as the law gives it: the chosen unit's today (a commune rural, a ward urban).
        Area area = chosen == null ? Area.RURAL : areas.areaOn(chosen, LocalDate.now(clock)).orElse(Area.RURAL);
        return page(HouseholdForm.empty(chosen, year(scope), area), new FieldProblems(), model, scope);
    }

    @PostMapping("/registry/households")
    String create(@ModelAttribute("form") HouseholdForm form, BindingResult binding, Model model, AccessScope scope,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            FieldProblems problems = unreadable(binding, form);
            if (!problems.isEmpty()) {
                throw new InvalidHouseholdException(problems.addAll(registry.problemsOf(form.household(), form.status())));
            }
            Household saved = registry.registerWithStatus(form.household(), form.status(), scope);
            redirect.addFlashAttribute("added", saved.code());
            return "redirect:/registry/households/" + saved.id();
        }, problems -> page(form.withRows(), problems, model, scope));
    }

    /**
     * The form holds the household's personal data in full (a masked value would be saved as typed), so a user
     * who may see it says why first, as for a download, and the opening is in the access log.
     */
    @GetMapping("/registry/households/{id}/edit")
    String editForm(@PathVariable long id, Model model, AccessScope scope, HttpServletRequest request) {
        Household household = registry.byId(id, scope).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        if (views.purposeMissing(scope, request)) {
            return "redirect:" + views.purposeForm(request);
        }
        views.shown(scope, request, PersonalDataAction.HOUSEHOLD_EDIT, household.id(), household.code(),
                household.unitId(), household.members().stream().map(Member::citizenId).toList());
        int year = year(scope);
        HouseholdStatus status = registry.history(id, scope).stream().filter(s -> s.year() == year).findFirst()
                .orElse(null);
        HouseholdForm form = HouseholdForm.of(household, status, year, corrections.version(id).version());
        return edit(id, household.code(), form, new FieldProblems(), model, scope);
    }

    @PostMapping("/registry/households/{id}")
    String correct(@PathVariable long id, @ModelAttribute("form") HouseholdForm form, BindingResult binding,
            Model model, AccessScope scope, Principal user, HttpServletResponse response, RedirectAttributes redirect,
            Locale locale) {
        Household household = registry.byId(id, scope).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        return FormSubmission.save(response, () -> {
            FieldProblems problems = unreadable(binding, form);
            if (form.version() == null) {
                problems.add("version", "catalogue.required");
            }
            if (!problems.isEmpty()) {
                throw new InvalidHouseholdException(problems.addAll(registry.problemsOf(id, form.household(),
                        form.status())));
            }
            corrections.correct(id, form.version(), form.household(), form.status(), user.getName(), scope);
            redirect.addFlashAttribute("corrected", true);
            return "redirect:/registry/households/" + id;
        }, problems -> refused(id, household, form.withRows(), problems, model, scope, response, locale));
    }

    /**
     * The form again as typed. A save conflict (409) shows the household saved meanwhile beside it and takes its
     * version, so that saving again is the user's choice to put theirs over it.
     */
    private String refused(long id, Household household, HouseholdForm form, FieldProblems problems, Model model,
            AccessScope scope, HttpServletResponse response, Locale locale) {
        if (!problems.has("version") || !"household.conflict".equals(problems.of("version").key())) {
            return edit(id, household.code(), form, problems, model, scope);
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        Household saved = registry.byId(id, scope).orElseThrow(() -> new HouseholdNotFoundException(id));
        HouseholdStatus status = form.year() == null ? null : registry.history(id, scope).stream()
                .filter(s -> s.year() == form.year()).findFirst().orElse(null);
        List<Object> who = problems.of("version").arguments();
        model.addAttribute("conflict", HouseholdConflict.of(String.valueOf(who.get(0)), String.valueOf(who.get(1)),
                saved, status, form, unitName(saved.unitId()), form.unitId() == null ? null : unitName(form.unitId()),
                messages, locale));
        return edit(id, saved.code(), form.atVersion(corrections.version(id).version()), new FieldProblems(), model,
                scope);
    }

    private String unitName(long unitId) {
        return units.byId(unitId).map(AdministrativeUnit::name).orElse(null);
    }

    /** A household or commune the user may not change: the page of 404, as for one that does not exist. */
    @ExceptionHandler(HouseholdNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    /**
     * What the form's binding could not read (a date that is no date), named by its field as the rules name
     * theirs — a member by its place among the rows that are not empty, as the form shows them again — and a
     * commune or a year the form needs.
     */
    private static FieldProblems unreadable(BindingResult binding, HouseholdForm form) {
        FieldProblems problems = new FieldProblems().unreadable(binding, form::shownField, "household.form.unreadable");
        if (form.unitId() == null) {
            problems.add("unitId", "catalogue.required");
        }
        if (form.classification() != null && form.year() == null) {
            problems.add("year", "catalogue.required");
        }
        return problems;
    }

    /** The year of the newest programme the user reads (this year when none). */
    private int year(AccessScope scope) {
        return programmes.readable(scope).stream().map(Programme::programmeYear).max(Integer::compare)
                .orElse(LocalDate.now(clock).getYear());
    }

    private List<AdministrativeUnit> writable(AccessScope scope) {
        return units.all().stream().filter(u -> scope.canWrite(u.id())).toList();
    }

    private String edit(long id, String code, HouseholdForm form, FieldProblems problems, Model model,
            AccessScope scope) {
        model.addAttribute("householdId", id);
        model.addAttribute("householdCode", code);
        return page(form, problems, model, scope);
    }

    private String page(HouseholdForm form, FieldProblems problems, Model model, AccessScope scope) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("units", writable(scope));
        model.addAttribute("areas", Area.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("categories", PoorCategory.values());
        model.addAttribute("reasons", CannotExitReason.values());
        model.addAttribute("blankMember", HouseholdForm.MemberForm.none());
        return "households/new";
    }
}
