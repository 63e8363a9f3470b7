package vn.ansinh.allowances.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.allowances.AllowanceBase;
import vn.ansinh.allowances.AllowanceBaseDraft;
import vn.ansinh.allowances.AllowanceBases;
import vn.ansinh.allowances.AllowanceScheme;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Mức chuẩn trợ cấp»: every base level of each scheme, and a new one entered by an administrator when a decree is
 * issued (from the day it takes effect; the scheme's latest base ends the day before).
 */
@Controller
class AllowanceBaseAdminController {

    private final AllowanceBases bases;

    AllowanceBaseAdminController(AllowanceBases bases) {
        this.bases = bases;
    }

    @GetMapping("/admin/allowance-bases")
    String list(Model model) {
        return page(AllowanceBaseDraft.empty(), new FieldProblems(), model);
    }

    @PostMapping("/admin/allowance-bases")
    String add(@ModelAttribute("form") AllowanceBaseDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            AllowanceBase added = bases.add(form);
            redirect.addFlashAttribute("saved", added.legalBasis());
            return "redirect:/admin/allowance-bases#base-" + added.id();
        }, problems -> page(form, problems, model));
    }

    private String page(AllowanceBaseDraft form, FieldProblems problems, Model model) {
        model.addAttribute("bases", bases.all());
        model.addAttribute("schemes", AllowanceScheme.values());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "allowances/bases";
    }
}
