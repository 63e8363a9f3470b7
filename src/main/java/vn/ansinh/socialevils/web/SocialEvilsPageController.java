package vn.ansinh.socialevils.web;

import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.SaveConflict;
import vn.ansinh.socialevils.SocialEvils;
import vn.ansinh.socialevils.SocialEvilsDraft;
import vn.ansinh.socialevils.SocialEvilsMonth;
import vn.ansinh.socialevils.SocialEvilsYear;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Tệ nạn xã hội»: a commune's twelve months of a year with the year's figures, and a month entered or corrected by
 * whoever writes the commune (the form is shown by the rule the save applies).
 */
@Controller
class SocialEvilsPageController {

    /** The fields a conflict shows side by side, labelled as the form labels them. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        SocialEvilsDraft.COUNTS.forEach(count -> LABELS.put(count, "socialEvils." + count));
    }

    private final SocialEvils socialEvils;
    private final Units units;
    private final Clock clock;

    SocialEvilsPageController(SocialEvils socialEvils, Units units, Clock clock) {
        this.socialEvils = socialEvils;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/social-evils")
    String page(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, AccessScope scope, Model model) {
        YearMonth today = YearMonth.now(clock);
        int shownYear = year == null || year < 1900 || year > 9999 ? today.getYear() : year;
        int shownMonth = month != null && month >= 1 && month <= 12 ? month
                : shownYear == today.getYear() ? today.getMonthValue() : 12;
        return page(unit != null ? unit : onlyCommune(shownYear, scope), YearMonth.of(shownYear, shownMonth), null,
                new FieldProblems(), scope, model);
    }

    @PostMapping("/social-evils")
    String save(@ModelAttribute("form") SocialEvilsDraft form, AccessScope scope, Principal user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        YearMonth typed = form.typedMonth() != null ? form.typedMonth() : YearMonth.now(clock);
        return FormSubmission.save(response, () -> {
            SocialEvilsMonth saved = socialEvils.save(form, user.getName(), scope);
            redirect.addFlashAttribute("saved", "%02d/%d".formatted(saved.month().getMonthValue(), saved.month().getYear()));
            return "redirect:/social-evils?unit=" + saved.unitId() + "&year=" + saved.month().getYear() + "&month="
                    + saved.month().getMonthValue() + "#month-" + saved.month().getMonthValue();
        }, problems -> page(form.unitId(), typed, form, problems, scope, model), stale -> {
            SocialEvilsMonth saved = socialEvils.year(form.unitId(), typed.getYear(), scope).month(typed.getMonthValue())
                    .orElse(null);
            model.addAttribute("conflict", SaveConflict.of(stale.newer(), SocialEvilsDraft.of(form.unitId(), typed, saved),
                    form, LABELS, Map.of()));
            return page(form.unitId(), typed, form.at(stale.newer().version()), new FieldProblems(), scope, model);
        });
    }

    /** The page of the commune's year, its form of the month: as saved unless a typed one is given. */
    private String page(Long unit, YearMonth month, SocialEvilsDraft typed, FieldProblems problems, AccessScope scope,
            Model model) {
        SocialEvilsYear reported = unit == null || !scope.canRead(unit) ? null
                : socialEvils.year(unit, month.getYear(), scope);
        SocialEvilsDraft form = typed != null || reported == null ? typed
                : SocialEvilsDraft.of(unit, month, reported.month(month.getMonthValue()).orElse(null));
        model.addAttribute("communes", units.communesIn(month.getYear(), scope::canRead));
        model.addAttribute("unit", unit);
        model.addAttribute("year", month.getYear());
        model.addAttribute("reported", reported);
        model.addAttribute("writes", unit != null && scope.canWrite(unit));
        model.addAttribute("form", form);
        model.addAttribute("formMonth", form == null ? null : form.typedMonth());
        model.addAttribute("counts", SocialEvilsDraft.COUNTS);
        model.addAttribute("stocks", SocialEvilsDraft.STOCKS);
        model.addAttribute("problems", problems);
        return "socialevils/year";
    }

    private Long onlyCommune(int year, AccessScope scope) {
        List<AdministrativeUnit> communes = units.communesIn(year, scope::canRead);
        return communes.size() == 1 ? communes.get(0).id() : null;
    }
}
