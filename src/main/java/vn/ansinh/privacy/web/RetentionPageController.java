package vn.ansinh.privacy.web;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.households.RetentionCandidate;
import vn.ansinh.privacy.Retention;
import vn.ansinh.privacy.RetentionRun;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.units.Units;

/**
 * «Thời hạn lưu trữ dữ liệu cá nhân»: the households whose retention period has passed, as a dry run with their
 * counts, and «Ẩn danh hóa», which anonymises exactly as many as the page showed (else nothing, and the page again).
 */
@Controller
class RetentionPageController {

    static final String PATH = "/admin/personal-data/retention";

    private final Retention retention;
    private final Units units;

    RetentionPageController(Retention retention, Units units) {
        this.retention = retention;
        this.units = units;
    }

    @GetMapping(PATH)
    String page(Model model) {
        return page(retention.dryRun(), new FieldProblems(), model);
    }

    @PostMapping(PATH)
    String run(@RequestParam(required = false) String expected, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            RetentionRun done = retention.run(count(expected));
            redirect.addFlashAttribute("anonymised", done.households().size());
            return "redirect:" + PATH;
        }, problems -> page(retention.dryRun(), problems, model));
    }

    private String page(RetentionRun run, FieldProblems problems, Model model) {
        model.addAttribute("run", run);
        model.addAttribute("problems", problems);
        model.addAttribute("units", units.byIds(run.households().stream().map(RetentionCandidate::unitId)
                .collect(Collectors.toSet())));
        return "privacy/retention";
    }

    /** The count the form sent; none for a form without it or with something else. */
    private static Integer count(String expected) {
        return expected != null && expected.strip().matches("\\d{1,9}") ? Integer.valueOf(expected.strip()) : null;
    }
}
