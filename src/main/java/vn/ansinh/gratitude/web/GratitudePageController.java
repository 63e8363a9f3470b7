package vn.ansinh.gratitude.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.gratitude.Contribution;
import vn.ansinh.gratitude.ContributionDraft;
import vn.ansinh.gratitude.GiftDraft;
import vn.ansinh.gratitude.GratitudeEntries;
import vn.ansinh.gratitude.GratitudeGift;
import vn.ansinh.gratitude.GratitudeHouse;
import vn.ansinh.gratitude.HouseDraft;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Quỹ Đền ơn đáp nghĩa»: a commune's contributions, gratitude houses and gifts of a year with their totals, and an
 * entry of each added by whoever writes the commune. A refused entry shows its form again, the others empty.
 */
@Controller
class GratitudePageController {

    private final GratitudeEntries entries;
    private final GratitudePage page;
    private final Units units;
    private final Clock clock;

    GratitudePageController(GratitudeEntries entries, GratitudePage page, Units units, Clock clock) {
        this.entries = entries;
        this.page = page;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/gratitude")
    String show(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            AccessScope scope, Model model) {
        return shown(GratitudePage.Forms.empty(unit(unit, year(year), scope)), year, scope, model);
    }

    @PostMapping("/gratitude/contributions")
    String contribute(@ModelAttribute("contribution") ContributionDraft form, @RequestParam(required = false) Integer year,
            AccessScope scope, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Contribution added = entries.add(form, scope);
            return saved(redirect, added.unitId(), added.month().getYear(), "contributions");
        }, problems -> shown(new GratitudePage.Forms(form, HouseDraft.empty(form.unitId()), GiftDraft.empty(form.unitId()),
                problems, new FieldProblems(), new FieldProblems()), year, scope, model));
    }

    @PostMapping("/gratitude/houses")
    String house(@ModelAttribute("house") HouseDraft form, @RequestParam(required = false) Integer year,
            AccessScope scope, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            GratitudeHouse added = entries.add(form, scope);
            return saved(redirect, added.unitId(), added.handedOverOn().getYear(), "houses");
        }, problems -> shown(new GratitudePage.Forms(ContributionDraft.empty(form.unitId()), form,
                GiftDraft.empty(form.unitId()), new FieldProblems(), problems, new FieldProblems()), year, scope, model));
    }

    @PostMapping("/gratitude/gifts")
    String gift(@ModelAttribute("gift") GiftDraft form, @RequestParam(required = false) Integer year,
            AccessScope scope, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            GratitudeGift added = entries.add(form, scope);
            return saved(redirect, added.unitId(), added.givenOn().getYear(), "gifts");
        }, problems -> shown(new GratitudePage.Forms(ContributionDraft.empty(form.unitId()),
                HouseDraft.empty(form.unitId()), form, new FieldProblems(), new FieldProblems(), problems), year, scope,
                model));
    }

    /** Back to the commune's year the entry belongs to, at its block. */
    private static String saved(RedirectAttributes redirect, long unit, int year, String block) {
        redirect.addFlashAttribute("savedBlock", block);
        return "redirect:/gratitude?unit=" + unit + "&year=" + year + "#" + block;
    }

    private String shown(GratitudePage.Forms forms, Integer year, AccessScope scope, Model model) {
        page.fill(model, forms, year(year), units.communesIn(year(year), scope::canRead), scope);
        return "gratitude/fund";
    }

    /** The unit asked for; with none, the one commune the user reads in the year when there is only one. */
    private Long unit(Long asked, int year, AccessScope scope) {
        List<AdministrativeUnit> communes = units.communesIn(year, scope::canRead);
        return asked != null ? asked : communes.size() == 1 ? communes.get(0).id() : null;
    }

    /** The year asked for, this year without one. */
    private int year(Integer asked) {
        return asked != null ? asked : LocalDate.now(clock).getYear();
    }
}
