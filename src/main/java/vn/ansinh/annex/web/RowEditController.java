package vn.ansinh.annex.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.annex.RowEdit;
import vn.ansinh.annex.RowEditor;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.UnitNames;

/**
 * The form to change a row's input figures. A unit the user may not change answers 404, as one
 * they may not read does; what is wrong is said beside the field and nothing is saved.
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
        model.addAttribute("form", editable(id, code, unitId, scope));
        return "annex/row-edit";
    }

    @PostMapping
    String save(@PathVariable long id, @PathVariable String code, @PathVariable long unitId,
            @RequestParam Map<String, String> parameters, AccessScope scope, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        RowEdit result = editor.save(editable(id, code, unitId, scope), fields(parameters), scope);
        if (!result.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", result);
            return "annex/row-edit";
        }
        redirect.addFlashAttribute("saved", unitNames.label(result.unitId(), result.unitLabel()));
        return "redirect:/programmes/" + id + "/tables/" + code + "#unit-" + unitId;
    }

    private RowEdit editable(long id, String code, long unitId, AccessScope scope) {
        return editor.form(id, code, unitId, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Form fields are named "c" + column code, so no column code can clash with _csrf. */
    private static Map<String, String> fields(Map<String, String> parameters) {
        Map<String, String> fields = new java.util.HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("c")) {
                fields.put(name.substring(1), value);
            }
        });
        return fields;
    }
}
