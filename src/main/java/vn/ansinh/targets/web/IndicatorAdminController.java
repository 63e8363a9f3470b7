package vn.ansinh.targets.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.SaveConflict;
import vn.ansinh.targets.Aggregation;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.IndicatorDraft;
import vn.ansinh.targets.Indicators;

/**
 * Administrators keep the catalogue of indicators: add one, change its names, domain, measure,
 * aggregation, part and whole. The code is given once and never changes (programme data files
 * refer to indicators by code). What is wrong is said beside the field (422); nothing is saved.
 */
@Controller
@RequestMapping("/admin/indicators")
class IndicatorAdminController {

    /** The fields a conflict shows side by side, labelled as the form labels them. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        for (String field : List.of("nameVi", "nameEn", "domain", "measure", "aggregation")) {
            LABELS.put(field, "indicators." + field);
        }
    }

    private final Indicators indicators;

    IndicatorAdminController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    String list(Model model) {
        return listPage(IndicatorDraft.empty(), new FieldProblems(), model);
    }

    @PostMapping
    String create(@ModelAttribute IndicatorDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> saved(indicators.create(form), redirect),
                problems -> listPage(form, problems, model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Indicator indicator = indicator(id);
        return editPage(indicator, IndicatorDraft.of(indicator, indicators.version(id).version()), new FieldProblems(),
                model);
    }

    /** A change over a newer save shows the saved indicator beside the typed one, naming who saved it and when (409). */
    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute IndicatorDraft form, Principal user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Indicator indicator = indicator(id);
        return FormSubmission.save(response, () -> saved(indicators.update(id, form, user.getName()), redirect),
                problems -> editPage(indicator, form, problems, model), stale -> {
                    Indicator saved = indicator(id);
                    model.addAttribute("conflict", SaveConflict.of(stale.newer(), IndicatorDraft.of(saved,
                            stale.newer().version()), form, LABELS, Map.of("domain", "domain.", "aggregation", "aggregation.")));
                    return editPage(saved, form.at(stale.newer().version()), new FieldProblems(), model);
                });
    }

    private String listPage(IndicatorDraft form, FieldProblems problems, Model model) {
        return formPage("targets/indicators", form, problems, null, model);
    }

    private String editPage(Indicator indicator, IndicatorDraft form, FieldProblems problems, Model model) {
        model.addAttribute("indicator", indicator);
        return formPage("targets/indicator", form, problems, indicator.id(), model);
    }

    /** The form with its problems; parts and wholes offered: the indicators that are no rate, but the one edited. */
    private String formPage(String view, IndicatorDraft form, FieldProblems problems, Long editedId, Model model) {
        List<Indicator> all = indicators.all();
        Map<Long, String> operands = new LinkedHashMap<>();
        all.stream().filter(i -> i.aggregation() != Aggregation.RATE && !i.id().equals(editedId))
                .forEach(i -> operands.put(i.id(), i.code() + " — " + i.nameVi()));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("indicators", all);
        model.addAttribute("byId", all.stream().collect(Collectors.toMap(Indicator::id, Function.identity())));
        model.addAttribute("operands", operands);
        model.addAttribute("domains", Domain.values());
        model.addAttribute("aggregations", Aggregation.values());
        return view;
    }

    private static String saved(Indicator indicator, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", indicator.code());
        return "redirect:/admin/indicators#indicator-" + indicator.id();
    }

    private Indicator indicator(long id) {
        return indicators.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
