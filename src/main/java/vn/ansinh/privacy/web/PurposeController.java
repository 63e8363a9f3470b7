package vn.ansinh.privacy.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.PersonalDataViews;

/**
 * «Mục đích xem dữ liệu cá nhân»: chosen once per session, before the first page or download that shows
 * personal data in full; kept in the session (signing out forgets it) and given with every access logged.
 */
@Controller
class PurposeController {

    @GetMapping("/personal-data/purpose")
    String form(@RequestParam(required = false) String next, Model model) {
        return page(new PurposeForm(null, next), new FieldProblems(), model);
    }

    /** Chosen: back to the page asked for. Left empty: the form again, 422, the problem beside the field. */
    @PostMapping("/personal-data/purpose")
    String choose(@ModelAttribute("form") PurposeForm form, Model model, HttpSession session,
            HttpServletResponse response) {
        FieldProblems problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, problems, model);
        }
        PersonalDataViews.choose(session, form.chosen().orElseThrow());
        return "redirect:" + form.safeNext();
    }

    private String page(PurposeForm form, FieldProblems problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("purposes", List.of(AccessPurpose.values()));
        return "privacy/purpose";
    }
}
