package vn.ansinh.poverty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.poverty.ClassificationResult;
import vn.ansinh.poverty.PovertyRefusal;
import vn.ansinh.poverty.PovertyRule;
import vn.ansinh.poverty.PovertyStandard;
import vn.ansinh.poverty.PovertyStandards;
import vn.ansinh.poverty.ReviewCalendars;
import vn.ansinh.poverty.StandardDraft;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Chuẩn nghèo»: every standard with its lines and indicators, the next review and reporting deadlines of the
 * review calendar in force today, a household classified under one of them, and — for administrators — the draft standard changed as the decree is issued.
 */
@Controller
class PovertyStandardPageController {

    /** The request's fields as the page's form names them. */
    private static final Map<String, String> FIELDS = Map.of("incomePerPerson", "income");

    private final PovertyStandards standards;
    private final ReviewCalendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    PovertyStandardPageController(PovertyStandards standards, ReviewCalendars calendars, MessageSource messages,
            Clock clock) {
        this.standards = standards;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/poverty/standards")
    String list(Model model) {
        return listPage(null, null, new FieldProblems(), model);
    }

    /**
     * The household is classified under the standard of the year given (the standard's first year to begin with).
     * A refusal is said beside its field of that standard's form, which keeps what was typed (422).
     */
    @PostMapping("/poverty/standards/{id}/classify")
    String classify(@PathVariable long id, @ModelAttribute ClassifyForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response) {
        standard(id);
        FieldProblems problems = form.problems(id);
        binding.getFieldErrors().forEach(e -> problems.add(ClassifyForm.field(e.getField(), id), "catalogue.required"));
        try {
            if (problems.isEmpty()) {
                ClassificationResult result = standards.classify(form.request());
                model.addAttribute("result", messages.getMessage(result.decision().reason(),
                        result.decision().arguments().toArray(), locale));
                model.addAttribute("classification", result.classification());
            }
        } catch (PovertyRefusal e) {
            problems.add(ClassifyForm.field(FIELDS.getOrDefault(e.field(), e.field()), id), e.code(), e.arguments().toArray());
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return listPage(id, form, problems, model);
    }

    /** Every standard's form, the one classified with as typed and its result or problems. */
    private String listPage(Long classified, ClassifyForm form, FieldProblems problems, Model model) {
        List<PovertyStandard> all = standards.all();
        Map<Long, ClassifyForm> forms = new LinkedHashMap<>();
        all.forEach(s -> forms.put(s.id(), s.id().equals(classified) ? form : ClassifyForm.of(s.validFrom().getYear())));
        model.addAttribute("standards", all);
        model.addAttribute("forms", forms);
        model.addAttribute("classified", classified);
        model.addAttribute("problems", problems);
        model.addAttribute("deadlines", ReviewDeadlines.on(calendars, LocalDate.now(clock)).orElse(null));
        return "poverty/standards";
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
