package vn.ansinh.allowances.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.allowances.BeneficiaryGroup;
import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantDraft;
import vn.ansinh.allowances.Grants;
import vn.ansinh.allowances.Register;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * «Trợ cấp hằng tháng»: a commune's register of people with merit and social assistance beneficiaries, each with the
 * allowance of the chosen month and the arrears of levels entered late, the totals, and a grant added by whoever
 * writes the commune.
 */
@Controller
class GrantsPageController {

    private final Grants grants;
    private final Units units;
    private final UnitNames unitNames;
    private final PersonalDataViews views;
    private final MessageSource messages;
    private final Clock clock;

    GrantsPageController(Grants grants, Units units, UnitNames unitNames, PersonalDataViews views,
            MessageSource messages, Clock clock) {
        this.grants = grants;
        this.units = units;
        this.unitNames = unitNames;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/allowances")
    String page(@RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, AccessScope scope,
            HttpServletRequest request, Model model) {
        String view = page(GrantDraft.empty(unit), month, new FieldProblems(), scope, model);
        // A health-related group is shown only to who may see personal data and said why; that is logged.
        AccessScope shown = views.forPage(scope, request, model);
        model.addAttribute("unmasked", shown.personalData());
        if (model.getAttribute("register") instanceof Register register && register.lines().stream()
                .anyMatch(l -> l.grant().group().health())) {
            views.shown(shown, request, PersonalDataAction.ALLOWANCE_REGISTER, null, null, register.unitId(), List.of());
        }
        return view;
    }

    /** The month's payment list; a user who may see personal data says why first (it is marked in the file). */
    @GetMapping("/allowances/payments.xlsx")
    void payments(@RequestParam long unit, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            AccessScope scope, HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        AdministrativeUnit commune = units.byId(unit).filter(u -> scope.canRead(u.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (views.purposeMissing(scope, request)) {
            response.sendRedirect(views.purposeForm(request));
            return;
        }
        views.shown(scope, request, PersonalDataAction.ALLOWANCE_REGISTER, null, null, unit, List.of());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"chi-tra-tro-cap-"
                + (commune.gsoCode() != null ? commune.gsoCode() : commune.code()) + "-" + month + ".xlsx\"");
        String title = messages.getMessage("grant.xlsx.heading", new Object[] {
                month.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")), unitNames.title(commune)}, locale);
        new PaymentListXlsx(messages, locale).write(grants.register(unit, month, scope), title,
                views.marking(scope, request), scope.personalData(), response.getOutputStream());
    }

    @PostMapping("/allowances")
    String add(@ModelAttribute("form") GrantDraft form, AccessScope scope, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Grant added = grants.add(form, scope);
            redirect.addFlashAttribute("saved", added.fullName());
            return "redirect:/allowances?unit=" + added.unitId() + "&month=" + added.firstMonth() + "#grant-" + added.id();
        }, problems -> {
            model.addAttribute("unmasked", false);
            return page(form, null, problems, scope, model);
        });
    }

    private String page(GrantDraft form, YearMonth month, FieldProblems problems, AccessScope scope, Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth shown = month == null ? YearMonth.from(today) : month;
        List<AdministrativeUnit> communes = units.all().stream().filter(u -> CommuneNames.KINDS.contains(u.kind())
                && u.validOn(today) && scope.canRead(u.id())).sorted(Comparator.comparing(AdministrativeUnit::name)).toList();
        Long unit = form.unitId() != null ? form.unitId() : communes.size() == 1 ? communes.get(0).id() : null;
        model.addAttribute("communes", communes);
        model.addAttribute("unit", unit);
        model.addAttribute("month", shown);
        model.addAttribute("register", unit == null ? null : grants.register(unit, shown, scope));
        model.addAttribute("writes", unit != null && scope.canWrite(unit));
        model.addAttribute("groups", BeneficiaryGroup.values());
        model.addAttribute("form", form.unitId() == null ? GrantDraft.empty(unit) : form);
        model.addAttribute("problems", problems);
        return "allowances/grants";
    }
}
