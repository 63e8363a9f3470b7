package vn.ansinh.units.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.UnitImportResult;
import vn.ansinh.units.UnitListImport;

/**
 * «Nhập danh mục đơn vị hành chính»: an official unit list (the national lists' columns) uploaded once and kept in the
 * session; its dry run says what would be created, changed, ended and left unchanged, and the problems by line and
 * column; «Nhập» writes it from the kept file, all or nothing.
 */
@Controller
@RequestMapping("/admin/units/imports")
class UnitListImportPageController {

    static final String PENDING = "units.pendingUnitList";
    /** The changes listed on the page; the counts cover them all. */
    static final int SHOWN = 200;

    private final UnitListImport imports;

    UnitListImportPageController(UnitListImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(HttpSession session, Model model, Locale locale) {
        PendingList pending = (PendingList) session.getAttribute(PENDING);
        ListUploadForm form = pending == null ? ListUploadForm.empty() : ListUploadForm.of(pending);
        return page(form, new FieldProblems(), pending, pending == null ? null : run(pending, true, locale), model);
    }

    /** The upload: checked, kept for the session and tried as a dry run. */
    @PostMapping
    String upload(@ModelAttribute("form") ListUploadForm form, BindingResult binding, HttpSession session, Model model,
            Locale locale, HttpServletResponse response) throws IOException {
        FieldProblems problems = form.problems(binding);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, problems, null, null, model);
        }
        PendingList pending = form.pending();
        UnitImportResult result = run(pending, true, locale);
        if (result.succeeded()) {
            session.setAttribute(PENDING, pending);
        } else {
            session.removeAttribute(PENDING);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(form, problems, result.succeeded() ? pending : null, result, model);
    }

    /** «Nhập»: the kept list written, all or nothing. */
    @PostMapping("/import")
    String importList(HttpSession session, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        PendingList pending = (PendingList) session.getAttribute(PENDING);
        if (pending == null) {
            redirect.addFlashAttribute("expired", true);
            return "redirect:/admin/units/imports";
        }
        UnitImportResult result = run(pending, false, locale);
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(ListUploadForm.of(pending), new FieldProblems(), pending, result, model);
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("imported", result);
        return "redirect:/admin/units/imports";
    }

    @PostMapping("/discard")
    String discard(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/admin/units/imports";
    }

    private UnitImportResult run(PendingList pending, boolean dryRun, Locale locale) {
        return imports.importList(pending.file(), pending.content(), pending.effective(), dryRun, locale);
    }

    private static String page(ListUploadForm form, FieldProblems problems, PendingList pending, UnitImportResult result,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("pending", pending);
        model.addAttribute("result", result);
        model.addAttribute("shown", result == null ? java.util.List.of()
                : result.changes().stream().limit(SHOWN).toList());
        return "units/unit-imports";
    }
}
