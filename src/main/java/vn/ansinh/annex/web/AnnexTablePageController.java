package vn.ansinh.annex.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.shared.AccessScope;

/** Annex tables as printed: each on its own page, all together, or as a fragment for htmx. */
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
    String one(@PathVariable long id, @PathVariable String code, Model model, Locale locale, AccessScope scope) {
        model.addAttribute("programme", views.programme(id, scope));
        model.addAttribute("codes", views.codes(id, scope));
        model.addAttribute("tables", List.of(views.one(id, code, locale, scope)));
        model.addAttribute("current", code);
        return "annex/tables";
    }
}
