package vn.ansinh.annex.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.annex.SplitRefusedException;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/**
 * Annex tables as printed: each on its own page, all together, or as a fragment for htmx. One table may be shown
 * under the units in force on a chosen day (asOf), its divided units shared out by a chosen key (split).
 */
@Controller
class AnnexTablePageController {

    private final AnnexViews views;

    AnnexTablePageController(AnnexViews views) {
        this.views = views;
    }

    @GetMapping("/programmes/{id}/tables")
    String all(@PathVariable long id, Model model, Locale locale, AccessScope scope) {
        model.addAttribute("programme", views.programme(id, scope));
        model.addAttribute("codes", views.codes(id, scope));
        model.addAttribute("tables", views.all(id, locale, scope));
        return "annex/tables";
    }

    /** All tables without the page around them, for the programme page to load. */
    @GetMapping("/programmes/{id}/tables/fragment")
    String allFragment(@PathVariable long id, Model model, Locale locale, AccessScope scope) {
        model.addAttribute("programme", views.programme(id, scope));
        model.addAttribute("tables", views.all(id, locale, scope));
        return "annex/tables :: tables";
    }

    @GetMapping("/programmes/{id}/tables/{code}")
    String one(@PathVariable long id, @PathVariable String code, @ModelAttribute("asOfForm") AsOfForm form, Model model,
            Locale locale, AccessScope scope, HttpServletResponse response) {
        model.addAttribute("programme", views.programme(id, scope));
        model.addAttribute("codes", views.codes(id, scope));
        model.addAttribute("current", code);
        model.addAttribute("problems", new FieldProblems());
        if (form.chosen()) {
            return asOf(id, code, form, model, locale, scope, response);
        }
        model.addAttribute("tables", List.of(views.one(id, code, locale, scope)));
        return "annex/tables";
    }

    /** The table under the chosen day's units; a wrong day or key is said beside its field (422), the table as entered below. */
    private String asOf(long id, String code, AsOfForm form, Model model, Locale locale, AccessScope scope,
            HttpServletResponse response) {
        FieldProblems problems = form.problems();
        if (problems.isEmpty()) {
            try {
                var table = views.asOf(id, code, scope, form.day().orElseThrow(), form.key());
                model.addAttribute("asOf", AsOfView.of(table, views.subtitle(id, locale, scope)));
                return "annex/as-of";
            } catch (SplitRefusedException e) {
                problems.add("split", e.code(), e.arguments().toArray());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", problems);
        model.addAttribute("tables", List.of(views.one(id, code, locale, scope)));
        return "annex/tables";
    }
}
