package vn.ansinh.households.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.Reviews;
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;
import vn.ansinh.households.SupportLog;
import vn.ansinh.households.Sponsorships;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * One household's page: every field the form asks for, its members, its history, who sponsors it and its
 * support with who gave it — personal data masked for roles that may not see it — and a support entry added
 * to it; an administrator also sees the deleted entries, to restore them.
 */
@Controller
class HouseholdPageController {

    private final HouseholdRegistry registry;
    private final Reviews reviews;
    private final SupportLog support;
    private final Sponsorships sponsorships;
    private final Units units;
    private final Partners partners;
    private final MessageSource messages;
    private final Clock clock;

    HouseholdPageController(HouseholdRegistry registry, Reviews reviews, SupportLog support,
            Sponsorships sponsorships, Units units, Partners partners, MessageSource messages, Clock clock) {
        this.sponsorships = sponsorships;
        this.registry = registry;
        this.reviews = reviews;
        this.support = support;
        this.units = units;
        this.partners = partners;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/registry/households/{id}")
    String household(@PathVariable long id, Model model, AccessScope scope) {
        Household household = registry.byId(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("household", household);
        model.addAttribute("commune", units.byId(household.unitId()).map(AdministrativeUnit::name).orElse(""));
        model.addAttribute("statuses", registry.history(id, scope));
        model.addAttribute("reviews", reviews.history(id, scope));
        model.addAttribute("support", support.of(id, scope));
        model.addAttribute("deletedSupport", support.deletedOf(id, scope));
        model.addAttribute("sponsors", sponsorships.sponsorsOf(id, scope));
        model.addAttribute("writable", scope.canWrite(household.unitId()));
        model.addAttribute("supportKinds", SupportKind.values());
        List<PartnerOrganisation> organisations = partners.all();
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationNames", organisations.stream()
                .collect(Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name)));
        model.addAttribute("form", new SupportForm(null, null, null, null, LocalDate.now(clock), null, null));
        model.addAttribute("problems", new FieldProblems());
        return "households/household";
    }

    @PostMapping("/registry/households/{id}/support")
    String addSupport(@PathVariable long id, @RequestParam(required = false) SupportKind kind, @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String quantityUnit, @RequestParam(required = false) String value,
            @RequestParam(required = false) LocalDate date, @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) String note, AccessScope scope, RedirectAttributes redirect, Locale locale) {
        try {
            support.record(new Support(null, id, kind, amount(quantity), blankless(quantityUnit), amount(value), date,
                    organisation, blankless(note)), scope);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidHouseholdException e) {
            redirect.addFlashAttribute("refusal", e.problems().byField().values().stream()
                    .map(p -> messages.getMessage(p.key(), p.arguments().toArray(), locale)).collect(Collectors.joining("; ")));
        } catch (HouseholdNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/registry/households/" + id;
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : VietnameseNumbers.parse(text).orElseThrow(
                () -> new InvalidHouseholdException(new FieldProblems().add("amount", "poverty.income.notNumber", text)));
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
