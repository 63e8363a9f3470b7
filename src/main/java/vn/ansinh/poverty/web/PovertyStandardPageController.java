package vn.ansinh.poverty.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.ClassificationRequest;
import vn.ansinh.poverty.ClassificationResult;
import vn.ansinh.poverty.PovertyRefusal;
import vn.ansinh.poverty.PovertyRule;
import vn.ansinh.poverty.PovertyStandard;
import vn.ansinh.poverty.PovertyStandards;
import vn.ansinh.poverty.StandardDraft;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * «Chuẩn nghèo»: every standard with its lines and indicators, a household classified under one of
 * them, and — for administrators — the draft standard changed as the decree is issued.
 */
@Controller
class PovertyStandardPageController {

    private final PovertyStandards standards;
    private final MessageSource messages;

    PovertyStandardPageController(PovertyStandards standards, MessageSource messages) {
        this.standards = standards;
        this.messages = messages;
    }

    @GetMapping("/poverty/standards")
    String list(Model model) {
        model.addAttribute("standards", standards.all());
        return "poverty/standards";
    }

    /** The household is classified in the first year of the standard chosen, or the year given. */
    @PostMapping("/poverty/standards/{id}/classify")
    String classify(@PathVariable long id, @RequestParam(required = false) Integer year, @RequestParam Area area,
            @RequestParam String income, @RequestParam(required = false) List<String> deprivations, Model model,
            Locale locale, HttpServletResponse response) {
        PovertyStandard standard = standard(id);
        int reviewYear = year == null ? standard.validFrom().getYear() : year;
        BigDecimal amount = VietnameseNumbers.parse(income).orElse(null);
        try {
            if (amount == null) {
                throw new PovertyRefusal("incomePerPerson", "poverty.income.notNumber", income);
            }
            ClassificationResult result = standards.classify(new ClassificationRequest(reviewYear, area, amount, deprivations));
            model.addAttribute("result", messages.getMessage(result.decision().reason(),
                    result.decision().arguments().toArray(), locale));
            model.addAttribute("classification", result.classification());
        } catch (PovertyRefusal e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", messages.getMessage(e.code(), e.arguments().toArray(), locale));
        }
        model.addAttribute("classified", id);
        return list(model);
    }

    @GetMapping("/admin/poverty-standards/{id}")
    String edit(@PathVariable long id, Model model) {
        PovertyStandard standard = standard(id);
        return editPage(standard, StandardDraft.of(standard), new FieldProblems(), model);
    }

    @PostMapping("/admin/poverty-standards/{id}")
    String update(@PathVariable long id, @ModelAttribute StandardDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        PovertyStandard standard = standard(id);
        if (!standard.draft()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "issued");
        }
        return FormSubmission.save(response, () -> {
            redirect.addFlashAttribute("saved", standards.updateDraft(id, form).name());
            return "redirect:/poverty/standards#standard-" + id;
        }, problems -> editPage(standard, form, problems, model));
    }

    private String editPage(PovertyStandard standard, StandardDraft form, FieldProblems problems, Model model) {
        model.addAttribute("standard", standard);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("rules", PovertyRule.values());
        return "poverty/standard-edit";
    }

    private PovertyStandard standard(long id) {
        return standards.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
