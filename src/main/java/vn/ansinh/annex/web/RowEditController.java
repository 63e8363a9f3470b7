package vn.ansinh.annex.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.annex.RowEdit;
import vn.ansinh.annex.RowEditor;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.targets.FigureConflictException;
import vn.ansinh.units.UnitNames;

/**
 * The form to change a row's input figures. A unit the user may not change answers 404, as one they may
 * not read does; what is wrong is said beside the field, every value kept as typed, and nothing is saved
 * (422). A save over someone else's newer one shows both versions, the user's as typed and the saved one
 * with who and when (409), and takes the newer version, so that saving again is the user's choice.
 */
@Controller
@RequestMapping("/programmes/{id}/tables/{code}/units/{unitId}/edit")
class RowEditController {

    private final RowEditor editor;
    private final UnitNames unitNames;

    RowEditController(RowEditor editor, UnitNames unitNames) {
        this.editor = editor;
        this.unitNames = unitNames;
    }

    @GetMapping
    String form(@PathVariable long id, @PathVariable String code, @PathVariable long unitId, AccessScope scope,
            Model model) {
        RowEdit row = editable(id, code, unitId, scope);
        return page(row, row.version().number(), model);
    }

    @PostMapping
    String save(@PathVariable long id, @PathVariable String code, @PathVariable long unitId,
            @ModelAttribute("entered") RowEditForm entered, AccessScope scope, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            RowEdit result = editor.save(editable(id, code, unitId, scope), entered.getVersion(), entered.getValues(), scope);
            if (!result.valid()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page(result, entered.getVersion(), model);
            }
            redirect.addFlashAttribute("saved", unitNames.label(result.unitId(), result.unitLabel()));
            return "redirect:/programmes/" + id + "/tables/" + code + "#unit-" + unitId;
        } catch (FigureConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            RowEdit theirs = editable(id, code, unitId, scope);
            model.addAttribute("newer", theirs);
            model.addAttribute("newerAt", OfficeTime.minute(theirs.version().changedAt()));
            return page(editor.check(theirs, entered.getValues(), scope), theirs.version().number(), model);
        }
    }

    /** The form; version is the one its save is to be made over. */
    private static String page(RowEdit form, int version, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        return "annex/row-edit";
    }

    private RowEdit editable(long id, String code, long unitId, AccessScope scope) {
        return editor.form(id, code, unitId, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
