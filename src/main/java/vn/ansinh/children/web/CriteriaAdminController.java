package vn.ansinh.children.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.children.ChildFriendlyCriteria;
import vn.ansinh.children.CriteriaSet;
import vn.ansinh.children.CriteriaSetDraft;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Tiêu chí xã, phường phù hợp với trẻ em»: every criteria set with its criteria, and a later one entered by an
 * administrator when a decision is issued (from the day it takes effect; the latest set ends the day before).
 */
@Controller
class CriteriaAdminController {

    private final ChildFriendlyCriteria criteria;

    CriteriaAdminController(ChildFriendlyCriteria criteria) {
        this.criteria = criteria;
    }

    @GetMapping("/admin/child-friendly-criteria")
    String list(Model model) {
        return page(CriteriaSetDraft.empty(), new FieldProblems(), model);
    }

    @PostMapping("/admin/child-friendly-criteria")
    String add(@ModelAttribute("form") CriteriaSetDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            CriteriaSet added = criteria.add(form);
            redirect.addFlashAttribute("saved", added.legalBasis());
            return "redirect:/admin/child-friendly-criteria#set-" + added.id();
        }, problems -> page(form, problems, model));
    }

    private String page(CriteriaSetDraft form, FieldProblems problems, Model model) {
        model.addAttribute("sets", criteria.all());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "children/criteria";
    }
}
