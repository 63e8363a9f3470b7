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
import vn.ansinh.units.SuccessionImportResult;
import vn.ansinh.units.SuccessionListImport;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * «Nhập danh sách đơn vị kế thừa» (issue 12): a succession list is uploaded once and kept in the session; its dry run
 * lists every name that matches no unit or several with the units it may mean, for the administrator to choose —
 * never guessed; «Nhập» writes only when every name is decided, and otherwise keeps the choices made and says how
 * many are left.
 */
@Controller
@RequestMapping("/admin/units/successions")
class SuccessionImportPageController {

    static final String PENDING = "units.pendingSuccessionList";

    private final SuccessionListImport imports;
    private final Units units;
    private final UnitNames names;

    SuccessionImportPageController(SuccessionListImport imports, Units units, UnitNames names) {
        this.imports = imports;
        this.units = units;
        this.names = names;
    }

    /** The form; with a list kept from before, its rows, the choices made and its dry run with them. */
    @GetMapping
    String form(HttpSession session, Model model, Locale locale) {
        PendingList pending = (PendingList) session.getAttribute(PENDING);
        if (pending == null) {
            return page(ListUploadForm.empty(), new FieldProblems(), null, null, model);
        }
        return page(ListUploadForm.of(pending), new FieldProblems(), pending, run(pending, true, locale), model);
    }

    /** The upload: checked, kept for the session and tried as a dry run, which offers the undecided names. */
    @PostMapping
    String upload(@ModelAttribute("form") ListUploadForm form, BindingResult binding, HttpSession session,
            Model model, Locale locale, HttpServletResponse response) throws IOException {
        FieldProblems problems = form.problems(binding);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, problems, null, null, model);
        }
        PendingList pending = form.pending();
        SuccessionImportResult result = run(pending, true, locale);
        if (!result.errors().isEmpty()) {
            // A list with problems is corrected and uploaded again: nothing is kept of it.
            session.removeAttribute(PENDING);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(form, problems, null, result, model);
        }
        pending.offer(result.undecided(), code -> units.bearing(code, pending.effective()).map(names::title).orElse(code));
        session.setAttribute(PENDING, pending);
        return page(form, problems, pending, result, model);
    }

    /** «Nhập»: the choices sent added to those made before; written only when nothing is left undecided or wrong. */
    @PostMapping("/import")
    String importList(@ModelAttribute("choices") SuccessionChoicesForm choices, HttpSession session, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        PendingList pending = (PendingList) session.getAttribute(PENDING);
        if (pending == null) {
            redirect.addFlashAttribute("expired", true);
            return "redirect:/admin/units/successions";
        }
        pending.choose(choices.codes());
        session.setAttribute(PENDING, pending);
        SuccessionImportResult result = run(pending, false, locale);
        if (result.written()) {
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("imported", result);
            return "redirect:/admin/units/successions";
        }
        response.setStatus(result.errors().isEmpty() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(ListUploadForm.of(pending), new FieldProblems(), pending, result, model);
    }

    /** «Bỏ tệp này»: the kept list is dropped, nothing written. */
    @PostMapping("/discard")
    String discard(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/admin/units/successions";
    }

    private SuccessionImportResult run(PendingList pending, boolean dryRun, Locale locale) {
        return imports.importList(new SuccessionListImport.Request(pending.file(), pending.content(), pending.effective(),
                pending.legalBasis(), dryRun, pending.decided()), locale);
    }

    private static String page(ListUploadForm form, FieldProblems problems, PendingList pending,
            SuccessionImportResult result, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("pending", pending);
        model.addAttribute("result", result);
        return "units/successions";
    }
}
