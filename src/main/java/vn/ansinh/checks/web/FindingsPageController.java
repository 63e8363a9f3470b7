package vn.ansinh.checks.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.shared.AccessScope;

/** "Kiểm tra số liệu": the findings of a programme as a page. */
@Controller
class FindingsPageController {

    private final FindingViews views;
    private final AnnexTables tables;

    FindingsPageController(FindingViews views, AnnexTables tables) {
        this.views = views;
        this.tables = tables;
    }

    @GetMapping("/programmes/{id}/findings")
    String findings(@PathVariable long id, Model model, Locale locale, AccessScope scope) {
        model.addAttribute("programmeId", id);
        model.addAttribute("findings", views.findings(id, locale, scope));
        model.addAttribute("tableTitles", tables.shortTitles(id, scope));
        return "checks/findings";
    }
}
