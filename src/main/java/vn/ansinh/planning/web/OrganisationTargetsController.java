package vn.ansinh.planning.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.planning.OrganisationTargets;
import vn.ansinh.planning.OrganisationTargets.Grid;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.FigureKey;

/**
 * «Chỉ tiêu riêng của các Hội, đoàn thể»: every reader sees the associations' own targets; the coordinating office
 * (administrators, by the security configuration and by the form shown) sets their figures.
 */
@Controller
class OrganisationTargetsController {

    private static final String VIEW = "planning/organisation-targets";

    private final OrganisationTargets targets;

    OrganisationTargetsController(OrganisationTargets targets) {
        this.targets = targets;
    }

    @GetMapping("/programmes/{id}/organisation-targets")
    String show(@PathVariable long id, Model model, AccessScope scope) {
        Grid grid = grid(id, scope);
        OrganisationTargetsForm form = new OrganisationTargetsForm();
        grid.rows().forEach(row -> row.amounts().forEach((indicator, amount) -> form.getAmounts().put(
                OrganisationTargetsForm.field(row.organisation().id(), indicator),
                amount == null ? "" : VietnameseNumbers.formatAmount(amount))));
        return page(model, grid, form, new FieldProblems(), scope);
    }

    @PostMapping("/programmes/{id}/organisation-targets")
    String save(@PathVariable long id, @ModelAttribute("form") OrganisationTargetsForm form, Model model,
            AccessScope scope, HttpServletResponse response, RedirectAttributes redirect) {
        Grid grid = grid(id, scope);
        FieldProblems problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, grid, form, problems, scope);
        }
        Map<FigureKey, BigDecimal> amounts = new HashMap<>();
        long unit = grid.programme().coordinatingUnitId();
        grid.rows().forEach(row -> row.amounts().keySet().forEach(indicator -> {
            String field = OrganisationTargetsForm.field(row.organisation().id(), indicator);
            if (form.has(field)) {
                amounts.put(new FigureKey(indicator, unit, row.organisation().id()), form.amount(field).orElse(null));
            }
        }));
        redirect.addFlashAttribute("saved", targets.set(id, amounts));
        return "redirect:/programmes/" + id + "/organisation-targets";
    }

    /** A programme the user may not read is one that is not there. */
    private Grid grid(long id, AccessScope scope) {
        try {
            return targets.of(id, scope);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "programme", e);
        }
    }

    private static String page(Model model, Grid grid, OrganisationTargetsForm form, FieldProblems problems,
            AccessScope scope) {
        model.addAttribute("programmeId", grid.programme().id());
        model.addAttribute("grid", grid);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("editable", scope.unrestricted());
        return VIEW;
    }
}
