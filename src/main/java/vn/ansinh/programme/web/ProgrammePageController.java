package vn.ansinh.programme.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.shared.AccessScope;

/** The home page and the programme's text as printed. */
@Controller
class ProgrammePageController {

    private final ProgrammeViews views;

    ProgrammePageController(ProgrammeViews views) {
        this.views = views;
    }

    /** Opens the newest published programme; offices mostly work on this year's, not on next year's draft. */
    @GetMapping("/")
    String home(AccessScope scope) {
        return views.current(scope).map(p -> "redirect:/programmes/" + p.id()).orElse("programme/none");
    }

    @GetMapping("/programmes")
    String list(Model model, AccessScope scope) {
        model.addAttribute("programmes", views.summaries(scope));
        return "programme/list";
    }

    @GetMapping("/programmes/{id}")
    String show(@PathVariable long id, Model model, AccessScope scope) {
        ProgrammeText text = views.text(id, scope);
        model.addAttribute("programme", text.programme());
        model.addAttribute("text", text);
        model.addAttribute("unit", views.coordinatingUnit(text.programme()));
        model.addAttribute("hasTargets", views.hasTargets(text.programme()));
        model.addAttribute("titleLines", text.programme().title().split("\n"));
        model.addAttribute("signatureLines", text.programme().signatureHeading() == null
                ? new String[0] : text.programme().signatureHeading().split("\n"));
        return "programme/show";
    }
}
