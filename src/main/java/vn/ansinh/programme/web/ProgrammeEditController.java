package vn.ansinh.programme.web;

import java.util.ArrayList;
import java.util.List;

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
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.DocumentEdit;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.ProgrammeEditException;
import vn.ansinh.programme.ProgrammeEditor;
import vn.ansinh.programme.SectionEdit;
import vn.ansinh.programme.SectionKind;
import vn.ansinh.programme.Signatory;
import vn.ansinh.shared.Domain;

/**
 * Administrators edit a programme's text in ansinh instead of in Word: the document part, each
 * section's paragraphs, the signatories. A refused edit says why beside the field; nothing is saved.
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
        model.addAttribute("form", editor.document(id).orElseThrow(ProgrammeEditController::notFound));
        model.addAttribute("programmeId", id);
        return DOCUMENT;
    }

    @PostMapping("/programmes/{id}/edit")
    String saveDocument(@PathVariable long id, @ModelAttribute("form") DocumentEdit form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        editor.document(id).orElseThrow(ProgrammeEditController::notFound);
        model.addAttribute("programmeId", id);
        return saved(() -> editor.updateDocument(id, form), id, DOCUMENT, model, response, redirect);
    }

    @GetMapping("/programmes/{id}/sections/{path}/edit")
    String section(@PathVariable long id, @PathVariable String path, Model model) {
        model.addAttribute("form", editor.section(id, path).orElseThrow(ProgrammeEditController::notFound));
        return sectionPage(id, path, model);
    }

    @PostMapping("/programmes/{id}/sections/{path}/edit")
    String saveSection(@PathVariable long id, @PathVariable String path, @ModelAttribute("form") SectionEdit form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        editor.section(id, path).orElseThrow(ProgrammeEditController::notFound);
        sectionPage(id, path, model);
        return saved(() -> editor.updateSection(id, path, form), id, SECTION, model, response, redirect);
    }

    @GetMapping("/programmes/{id}/signatories/edit")
    String signatories(@PathVariable long id, Model model) {
        editor.document(id).orElseThrow(ProgrammeEditController::notFound);
        return signatoriesPage(id, editor.signatories(id), model);
    }

    @PostMapping("/programmes/{id}/signatories/edit")
    String saveSignatories(@PathVariable long id, @RequestParam(name = "organisationId", required = false) List<String> organisations,
            @RequestParam(name = "label", required = false) List<String> labels, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        editor.document(id).orElseThrow(ProgrammeEditController::notFound);
        List<Signatory> rows = SignatoryRows.of(organisations, labels);
        signatoriesPage(id, rows, model);
        return saved(() -> editor.updateSignatories(id, rows), id, SIGNATORIES, model, response, redirect);
    }

    private String saved(Runnable save, long id, String page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            save.run();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/programmes/" + id;
        } catch (ProgrammeEditException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems());
            return page;
        }
    }

    private String sectionPage(long id, String path, Model model) {
        model.addAttribute("programmeId", id);
        model.addAttribute("path", path);
        model.addAttribute("kinds", SectionKind.values());
        model.addAttribute("domains", Domain.values());
        model.addAttribute("parties", PartyRole.values());
        return SECTION;
    }

    private String signatoriesPage(long id, List<Signatory> rows, Model model) {
        List<Signatory> withBlank = new ArrayList<>(rows);
        withBlank.add(new Signatory(0, ""));
        model.addAttribute("programmeId", id);
        model.addAttribute("rows", withBlank);
        model.addAttribute("organisations", partners.all());
        return SIGNATORIES;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
