package vn.ansinh.partners.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.ansinh.partners.OrganisationDraft;
import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.partners.OrganisationsFollowUnits;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.units.UnitInTree;
import vn.ansinh.units.Units;

/**
 * Administrators keep the partner organisations, listed by unit in the order of the unit tree:
 * add one, change its unit, the organisation it is a branch of, its kind and names. What is wrong
 * is said beside the field (422) and nothing is saved. There is no delete: figures refer to them.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    private final Partners partners;
    private final Units units;
    private final OrganisationsFollowUnits follow;

    OrganisationAdminController(Partners partners, Units units, OrganisationsFollowUnits follow) {
        this.partners = partners;
        this.units = units;
        this.follow = follow;
    }

    /** A unit of the tree with its organisations. */
    record UnitGroup(UnitInTree unit, List<PartnerOrganisation> organisations) {
    }

    @GetMapping
    String list(Model model) {
        return listPage(OrganisationDraft.empty(), new FieldProblems(), model);
    }

    @PostMapping
    String create(@ModelAttribute OrganisationDraft form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.save(response, () -> saved(partners.create(form), redirect),
                problems -> listPage(form, problems, model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PartnerOrganisation organisation = organisation(id);
        return editPage(organisation, OrganisationDraft.of(organisation), new FieldProblems(), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute OrganisationDraft form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PartnerOrganisation organisation = organisation(id);
        return FormSubmission.save(response, () -> saved(partners.update(id, form), redirect),
                problems -> editPage(organisation, form, problems, model));
    }

    private String listPage(OrganisationDraft form, FieldProblems problems, Model model) {
        Map<Long, List<PartnerOrganisation>> byUnit = partners.all().stream()
                .collect(Collectors.groupingBy(PartnerOrganisation::unitId));
        model.addAttribute("groups", units.tree().stream().filter(e -> byUnit.containsKey(e.unit().id()))
                .map(e -> new UnitGroup(e, byUnit.get(e.unit().id()))).toList());
        // An organisation ended in a merge says so, with the one it continues in and the succession's day and basis.
        model.addAttribute("merged", follow.merged());
        return formPage("partners/organisations", form, problems, Set.of(), model);
    }

    private String editPage(PartnerOrganisation organisation, OrganisationDraft form, FieldProblems problems,
            Model model) {
        model.addAttribute("organisation", organisation);
        Set<Long> ownBranches = partners.withBranches(organisation.id()).stream().map(PartnerOrganisation::id)
                .collect(Collectors.toSet());
        return formPage("partners/organisation", form, problems, ownBranches, model);
    }

    /** The form with its problems; the parents offered leave out the organisation edited and its branches. */
    private String formPage(String view, OrganisationDraft form, FieldProblems problems, Set<Long> notParents,
            Model model) {
        List<PartnerOrganisation> all = partners.all();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("units", units.tree());
        model.addAttribute("byId", all.stream().collect(Collectors.toMap(PartnerOrganisation::id, o -> o)));
        Map<Long, String> parentOptions = new LinkedHashMap<>();
        all.stream().filter(o -> !notParents.contains(o.id()))
                .forEach(o -> parentOptions.put(o.id(), o.name() + " (" + o.code() + ")"));
        model.addAttribute("parentOptions", parentOptions);
        model.addAttribute("kinds", OrganisationKind.values());
        return view;
    }

    private static String saved(PartnerOrganisation organisation, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", organisation.name());
        return "redirect:/admin/organisations#organisation-" + organisation.id();
    }

    private PartnerOrganisation organisation(long id) {
        return partners.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
