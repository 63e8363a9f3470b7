package vn.ansinh.responsibility.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.responsibility.Responsibilities;
import vn.ansinh.responsibility.Responsibility;
import vn.ansinh.responsibility.ResponsibilityDraft;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.targets.IndicatorNames;
import vn.ansinh.targets.Indicators;

/**
 * «Cơ quan phụ trách lĩnh vực»: every period of a department's responsibility for a domain, and a new period
 * added by an administrator (the open-ended one it follows ends the day before).
 */
@Controller
class ResponsibilityAdminController {

    private final Responsibilities responsibilities;
    private final Indicators indicators;
    private final IndicatorNames indicatorNames;

    ResponsibilityAdminController(Responsibilities responsibilities, Indicators indicators, IndicatorNames indicatorNames) {
        this.responsibilities = responsibilities;
        this.indicators = indicators;
        this.indicatorNames = indicatorNames;
    }

    @GetMapping("/admin/responsibilities")
    String list(Model model) {
        return page(ResponsibilityDraft.empty(), new FieldProblems(), model);
    }

    @PostMapping("/admin/responsibilities")
    String add(@ModelAttribute ResponsibilityDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            Responsibility added = responsibilities.add(form);
            redirect.addFlashAttribute("saved", added.department().name());
            return "redirect:/admin/responsibilities#responsibility-" + added.id();
        }, problems -> page(form, problems, model));
    }

    private String page(ResponsibilityDraft form, FieldProblems problems, Model model) {
        List<Responsibility> all = responsibilities.all();
        model.addAttribute("responsibilities", all);
        model.addAttribute("indicatorNames", indicatorNames(all));
        model.addAttribute("domains", Domain.values());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "responsibility/responsibilities";
    }

    /** The name of each indicator given its own row, in the page's language; an unknown code stays as typed. */
    private Map<String, String> indicatorNames(List<Responsibility> all) {
        Map<String, String> names = new LinkedHashMap<>();
        all.stream().map(Responsibility::indicatorCode).filter(c -> c != null).forEach(code -> names.put(code,
                indicators.byCode(code).map(indicatorNames::of).orElse(code)));
        return names;
    }
}
