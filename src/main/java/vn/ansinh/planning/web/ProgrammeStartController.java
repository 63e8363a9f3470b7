package vn.ansinh.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.planning.ProgrammeStart;
import vn.ansinh.planning.ProgrammeStartException;
import vn.ansinh.planning.StartWay;
import vn.ansinh.programme.Programme;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * «Lập chương trình mới» (administrators, as /admin/** says): a programme for any unit and year, from the
 * template or from the predecessors' programmes. A refused form comes back with each problem beside its field.
 */
@Controller
class ProgrammeStartController {

    /** Villages and residential groups run no programme: they are rows of their commune's. */
    private static final List<UnitKind> ROWS_ONLY = List.of(UnitKind.VILLAGE, UnitKind.RESIDENTIAL_GROUP);

    private final ProgrammeStart start;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeStartController(ProgrammeStart start, Units units, MessageSource messages, Clock clock) {
        this.start = start;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/programmes/new")
    String form(@RequestParam(required = false) Long within, Model model) {
        return page(ProgrammeStartForm.empty(LocalDate.now(clock).getYear() + 1), within, new FieldProblems(), model);
    }

    @PostMapping("/admin/programmes/new")
    String create(@ModelAttribute("form") ProgrammeStartForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        FieldProblems problems = form.problems(binding);
        if (problems.isEmpty()) {
            try {
                Programme created = start.start(form.unitId(), form.year(), form.way());
                redirect.addFlashAttribute("nextYearMessage",
                        messages.getMessage("programmeStart.created", new Object[] {created.programmeYear()}, locale));
                return "redirect:/programmes/" + created.id();
            } catch (ProgrammeStartException e) {
                problems.add(e.field(), e.code(), e.arguments().toArray());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(form, null, problems, model);
    }

    private String page(ProgrammeStartForm form, Long within, FieldProblems problems, Model model) {
        UnitChoice choice = UnitChoice.of(units.tree(), LocalDate.now(clock), e -> !ROWS_ONLY.contains(e.unit().kind()),
                within, form.unitId());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("choice", choice);
        model.addAttribute("ways", StartWay.values());
        return "planning/start";
    }
}
