package vn.ansinh.children.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.children.Assessment;
import vn.ansinh.children.AssessmentDraft;
import vn.ansinh.children.ChildCase;
import vn.ansinh.children.ChildCaseDraft;
import vn.ansinh.children.ChildFriendlyCommunes;
import vn.ansinh.children.SpecialCircumstances;
import vn.ansinh.children.SpecialCount;
import vn.ansinh.children.SpecialCountDraft;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Trẻ em»: a commune's year — whether it is child-friendly, criterion by criterion; its children in special
 * circumstances by group; its cases of abuse and accidents — and each entered by whoever writes the commune.
 */
@Controller
class ChildrenPageController {

    private final ChildrenPage page;
    private final ChildFriendlyCommunes communes;
    private final SpecialCircumstances circumstances;

    ChildrenPageController(ChildrenPage page, ChildFriendlyCommunes communes, SpecialCircumstances circumstances) {
        this.page = page;
        this.communes = communes;
        this.circumstances = circumstances;
    }

    @GetMapping("/children")
    String show(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            AccessScope scope, Model model) {
        int shown = page.year(year);
        return page.show(unit, shown, scope, ChildrenPage.Forms.fresh(unit, shown), model);
    }

    /** The criteria's marks come as mark-CODE and note-CODE: the criteria are data, not fields of a class. */
    @PostMapping("/children/assessment")
    String assess(@RequestParam MultiValueMap<String, String> sent, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentDraft form = draft(sent);
        return FormSubmission.save(response, () -> {
            Assessment saved = communes.assess(form, scope);
            redirect.addFlashAttribute("saved", String.valueOf(saved.year()));
            return "redirect:/children?unit=" + saved.unitId() + "&year=" + saved.year() + "#assessment";
        }, problems -> refused(form.unitId(), form.year(), scope, model, new ChildrenPage.Forms(form, problems,
                SpecialCountDraft.empty(form.unitId(), page.year(null)), new FieldProblems(),
                ChildCaseDraft.empty(form.unitId()), new FieldProblems())));
    }

    @PostMapping("/children/counts")
    String count(@ModelAttribute("countForm") SpecialCountDraft form, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            SpecialCount saved = circumstances.put(form, scope);
            redirect.addFlashAttribute("saved", String.valueOf(saved.year()));
            return "redirect:/children?unit=" + saved.unitId() + "&year=" + saved.year() + "#counts";
        }, problems -> refused(form.unitId(), form.year(), scope, model, new ChildrenPage.Forms(null,
                new FieldProblems(), form, problems, ChildCaseDraft.empty(form.unitId()), new FieldProblems())));
    }

    @PostMapping("/children/cases")
    String addCase(@ModelAttribute("caseForm") ChildCaseDraft form, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> {
            ChildCase saved = circumstances.add(form, scope);
            redirect.addFlashAttribute("saved", String.valueOf(saved.occurredOn().getYear()));
            return "redirect:/children?unit=" + saved.unitId() + "&year=" + saved.occurredOn().getYear() + "#case-"
                    + saved.id();
        }, problems -> refused(form.unitId(), null, scope, model, new ChildrenPage.Forms(null, new FieldProblems(),
                SpecialCountDraft.empty(form.unitId(), page.year(null)), new FieldProblems(), form, problems)));
    }

    private String refused(Long unit, String typedYear, AccessScope scope, Model model, ChildrenPage.Forms forms) {
        Integer year = null;
        try {
            year = typedYear == null ? null : Integer.valueOf(typedYear.strip());
        } catch (NumberFormatException e) {
            // A year that is no number is said beside its field; the page shows the current one.
        }
        boolean shownYear = year != null && year >= 2000 && year <= 2100;
        return page.show(unit, page.year(shownYear ? year : null), scope, forms, model);
    }

    private static AssessmentDraft draft(MultiValueMap<String, String> sent) {
        Map<String, String> marks = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        sent.forEach((name, values) -> {
            String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0);
            if (name.startsWith("mark-")) {
                marks.put(name.substring(5), value);
            } else if (name.startsWith("note-")) {
                notes.put(name.substring(5), value);
            }
        });
        Long unit = null;
        try {
            unit = sent.getFirst("unitId") == null ? null : Long.valueOf(sent.getFirst("unitId").strip());
        } catch (NumberFormatException e) {
            // An unreadable commune is no commune: refused as not given.
        }
        return new AssessmentDraft(unit, sent.getFirst("year") == null ? "" : sent.getFirst("year"), marks, notes);
    }
}
