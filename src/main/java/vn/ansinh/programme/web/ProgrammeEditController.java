package vn.ansinh.programme.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.DocumentEdit;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.ProgrammeEditException;
import vn.ansinh.programme.ProgrammeEditor;
import vn.ansinh.programme.ProgrammeNotFoundException;
import vn.ansinh.programme.SectionEdit;
import vn.ansinh.programme.SectionKind;
import vn.ansinh.programme.Signatory;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.SaveConflict;

/**
 * Administrators edit a programme's text in ansinh instead of in Word: the document part, each section's
 * paragraphs, the signatories. Each form is bound once and carries the version of the text it was read at.
 * A refused edit comes back as typed, each problem beside its field (422); one made over a newer save shows
 * the saved text beside the typed one, naming who saved it and when (409). Nothing is saved then.
 */
@Controller
class ProgrammeEditController {

    private static final String DOCUMENT = "programme/edit-document";
    private static final String SECTION = "programme/edit-section";
    private static final String SIGNATORIES = "programme/edit-signatories";

    private final ProgrammeEditor editor;
    private final Partners partners;

    ProgrammeEditController(ProgrammeEditor editor, Partners partners) {
        this.editor = editor;
        this.partners = partners;
    }

    @GetMapping("/programmes/{id}/edit")
    String document(@PathVariable long id, Model model) {
        return documentPage(id, document(id), new FieldProblems(), model);
    }

    @PostMapping("/programmes/{id}/edit")
    String saveDocument(@PathVariable long id, @ModelAttribute("form") DocumentEdit form, BindingResult binding,
            Principal user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        document(id);
        return FormSubmission.save(response, () -> {
            refuseUnread(binding);
            editor.updateDocument(id, form, user.getName());
            return saved(id, redirect);
        }, problems -> documentPage(id, form, problems, model), stale -> {
            model.addAttribute("conflict", ProgrammeTextLabels.document(stale.newer(), document(id), form));
            return documentPage(id, form.at(stale.newer().version()), new FieldProblems(), model);
        });
    }

    @GetMapping("/programmes/{id}/sections/{path}/edit")
    String section(@PathVariable long id, @PathVariable String path, Model model) {
        return sectionPage(id, path, section(id, path), new FieldProblems(), model);
    }

    @PostMapping("/programmes/{id}/sections/{path}/edit")
    String saveSection(@PathVariable long id, @PathVariable String path, @ModelAttribute("form") SectionEdit form,
            BindingResult binding, Principal user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        section(id, path);
        return FormSubmission.save(response, () -> {
            refuseUnread(binding);
            editor.updateSection(id, path, form, user.getName());
            return saved(id, redirect);
        }, problems -> sectionPage(id, path, form, problems, model), stale -> {
            model.addAttribute("conflict", ProgrammeTextLabels.section(stale.newer(), section(id, path), form));
            return sectionPage(id, path, form.at(stale.newer().version()), new FieldProblems(), model);
        });
    }

    @GetMapping("/programmes/{id}/signatories/edit")
    String signatories(@PathVariable long id, Model model) {
        document(id);
        SignatoriesForm form = SignatoriesForm.of(editor.signatories(id), editor.version(id).version());
        return signatoriesPage(id, form, new FieldProblems(), model);
    }

    @PostMapping("/programmes/{id}/signatories/edit")
    String saveSignatories(@PathVariable long id, @ModelAttribute("form") SignatoriesForm form, Principal user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        document(id);
        return FormSubmission.save(response, () -> {
            editor.updateSignatories(id, form.version(), form.signatories(), user.getName());
            return saved(id, redirect);
        }, problems -> signatoriesPage(id, form, problems, model), stale -> {
            Function<List<Signatory>, String> lines = rows -> ProgrammeTextLabels.lines(rows, organisationNames());
            model.addAttribute("conflict", new SaveConflict(stale.newer(), List.of(new SaveConflict.Row(
                    "programme.edit.signatories", lines.apply(editor.signatories(id)), lines.apply(form.signatories()),
                    null))));
            return signatoriesPage(id, form.at(stale.newer().version()), new FieldProblems(), model);
        });
    }

    /** A programme or section that is not there: the page of 404. */
    @ExceptionHandler(ProgrammeNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    /** A value that could not be read as its type (a day of "3a"): said beside its field, as typed. */
    private static void refuseUnread(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            FieldProblems problems = new FieldProblems();
            binding.getFieldErrors().forEach(e -> problems.add(e.getField(),
                    List.of("day", "month", "year").contains(e.getField()) ? "programme.edit." + e.getField()
                            : "catalogue.required"));
            throw new ProgrammeEditException(problems);
        }
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/programmes/" + id;
    }

    private String documentPage(long id, DocumentEdit form, FieldProblems problems, Model model) {
        model.addAttribute("programmeId", id);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return DOCUMENT;
    }

    private String sectionPage(long id, String path, SectionEdit form, FieldProblems problems, Model model) {
        model.addAttribute("programmeId", id);
        model.addAttribute("path", path);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", SectionKind.values());
        model.addAttribute("domains", Domain.values());
        model.addAttribute("parties", PartyRole.values());
        return SECTION;
    }

    private String signatoriesPage(long id, SignatoriesForm form, FieldProblems problems, Model model) {
        model.addAttribute("programmeId", id);
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rows());
        model.addAttribute("problems", problems);
        model.addAttribute("organisations", partners.all());
        return SIGNATORIES;
    }

    private Map<Long, String> organisationNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        partners.all().forEach((PartnerOrganisation o) -> names.put(o.id(), o.name()));
        return names;
    }

    private DocumentEdit document(long id) {
        return editor.document(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    private SectionEdit section(long id, String path) {
        return editor.section(id, path).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }
}
