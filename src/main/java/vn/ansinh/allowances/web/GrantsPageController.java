package vn.ansinh.allowances.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.allowances.AllowanceBases;
import vn.ansinh.allowances.BeneficiaryGroup;
import vn.ansinh.allowances.GrantAmendment;
import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantDraft;
import vn.ansinh.allowances.GrantEndReason;
import vn.ansinh.allowances.GrantEnding;
import vn.ansinh.allowances.Grants;
import vn.ansinh.allowances.Register;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Trợ cấp hằng tháng»: a commune's register of people with merit and social assistance beneficiaries, each with the
 * allowance of the chosen month, the arrears of levels entered late and the funeral support a death owes, the totals;
 * a grant added, ended with its reason, or changed from a month on by a new decision, by whoever writes the commune.
 */
@Controller
class GrantsPageController {

    private final Grants grants;
    private final AllowanceBases bases;
    private final Units units;
    private final PersonalDataViews views;
    private final Clock clock;

    GrantsPageController(Grants grants, AllowanceBases bases, Units units, PersonalDataViews views, Clock clock) {
        this.grants = grants;
        this.bases = bases;
        this.units = units;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/allowances")
    String page(@RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long change, AccessScope scope, HttpServletRequest request, Model model) {
        // Health-related groups and citizen IDs are shown only to who may see personal data and said why; logged.
        AccessScope shown = views.forPage(scope, request, model);
        String view = page(new Forms(GrantDraft.empty(unit), GrantEnding.empty(), new GrantAmendment(change, null, null,
                null)), month, scope, shown, model);
        if (model.getAttribute("register") instanceof Register register && register.lines().stream()
                .anyMatch(l -> l.grant().group().health() || l.grant().citizenId() != null)) {
            views.shown(shown, request, PersonalDataAction.ALLOWANCE_REGISTER, null, null, register.unitId(),
                    register.lines().stream().map(l -> l.grant().citizenId()).filter(Objects::nonNull).toList());
        }
        return view;
    }

    @PostMapping("/allowances")
    String add(@ModelAttribute("form") GrantDraft form, AccessScope scope, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Grant added = grants.add(form, scope);
            redirect.addFlashAttribute("saved", added.fullName());
            return "redirect:/allowances?unit=" + added.unitId() + "&month=" + added.firstMonth() + "#grant-" + added.id();
        }, problems -> {
            model.addAttribute("problems", problems);
            return page(new Forms(form, GrantEnding.empty(), null), null, scope, scope.withoutPersonalData(), model);
        });
    }

    @PostMapping("/allowances/end")
    String end(@ModelAttribute("ending") GrantEnding ending, @RequestParam(required = false) Long unitId,
            AccessScope scope, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Grant ended = grants.end(ending, scope);
            redirect.addFlashAttribute("saved", ended.fullName());
            return "redirect:/allowances?unit=" + ended.unitId() + "&month=" + ended.lastMonth() + "#grant-" + ended.id();
        }, problems -> {
            model.addAttribute("endProblems", problems);
            return page(new Forms(GrantDraft.empty(unitId), ending, null), null, scope, scope.withoutPersonalData(),
                    model);
        });
    }

    /** «Sửa theo quyết định mới»: the grant changed from a month on; back to the month of the register shown. */
    @PostMapping("/allowances/change")
    String change(@ModelAttribute("amendment") GrantAmendment amendment, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, AccessScope scope,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Grant changed = grants.change(amendment, scope);
            redirect.addFlashAttribute("saved", changed.fullName());
            return "redirect:/allowances?unit=" + changed.unitId() + (month == null ? "" : "&month=" + month)
                    + "#grant-" + changed.id();
        }, problems -> {
            model.addAttribute("changeProblems", problems);
            return page(new Forms(GrantDraft.empty(unitId), GrantEnding.empty(), amendment), month, scope,
                    scope.withoutPersonalData(), model);
        });
    }

    /**
     * The forms of the page as typed (or empty); change: the grant to change as typed, or only its id when asked for
     * by the row's link (the form then filled with what is in force), or null.
     */
    private record Forms(GrantDraft add, GrantEnding end, GrantAmendment change) {
    }

    private String page(Forms forms, YearMonth month, AccessScope scope, AccessScope shown, Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth shownMonth = month == null ? YearMonth.from(today) : month;
        List<AdministrativeUnit> communes = units.communesIn(shownMonth.getYear(), scope::canRead);
        Long unit = forms.add().unitId() != null ? forms.add().unitId() : communes.size() == 1 ? communes.get(0).id() : null;
        Register register = unit == null ? null : grants.register(unit, shownMonth, shown);
        model.addAttribute("communes", communes);
        model.addAttribute("unit", unit);
        model.addAttribute("month", shownMonth);
        model.addAttribute("register", register);
        model.addAttribute("unmasked", shown.personalData());
        model.addAttribute("writes", unit != null && scope.canWrite(unit));
        model.addAttribute("groups", BeneficiaryGroup.values());
        model.addAttribute("endReasons", GrantEndReason.values());
        model.addAttribute("lateBases", bases.all().stream().filter(b -> b.enteredOn() != null).toList());
        model.addAttribute("endable", endable(register));
        model.addAttribute("form", forms.add().unitId() == null ? GrantDraft.empty(unit) : forms.add());
        model.addAttribute("ending", forms.end());
        changing(forms.change(), register, model);
        model.mergeAttributes(Map.of("problems", new FieldProblems(), "endProblems", new FieldProblems(),
                "changeProblems", new FieldProblems()));
        return "allowances/grants";
    }

    /** The grant to change (null: none) and its form, typed or filled with what is in force in the month shown. */
    private static void changing(GrantAmendment typed, Register register, Model model) {
        Grant grant = typed == null || typed.grantId() == null || register == null ? null : register.lines().stream()
                .map(Register.Line::grant).filter(g -> g.id() == typed.grantId()).findFirst().orElse(null);
        model.addAttribute("changing", grant);
        model.addAttribute("amendment", typed == null || typed.changeFrom() == null ? GrantAmendment.of(grant) : typed);
    }

    /** The grants that may still be ended (no reason yet), by id, as the end form offers them. */
    private static Map<Long, String> endable(Register register) {
        Map<Long, String> grantsById = new LinkedHashMap<>();
        if (register != null) {
            register.lines().stream().map(Register.Line::grant).filter(g -> g.endReason() == null)
                    .forEach(g -> grantsById.put(g.id(), g.fullName() + " – " + g.decision()));
        }
        return grantsById;
    }
}
