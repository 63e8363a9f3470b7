package vn.ansinh.children.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.ansinh.children.AssessmentDraft;
import vn.ansinh.children.CaseKind;
import vn.ansinh.children.ChildCaseDraft;
import vn.ansinh.children.ChildFriendlyCommunes;
import vn.ansinh.children.ChildGroup;
import vn.ansinh.children.Sex;
import vn.ansinh.children.SpecialCircumstances;
import vn.ansinh.children.SpecialCount;
import vn.ansinh.children.SpecialCountDraft;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * «Trẻ em» of a commune and year as one page: the child-friendly assessment, the children in special circumstances
 * with their totals (computed), and the cases; the forms shown to whoever writes the commune, the same rule the
 * services apply. Each form keeps its own typed values and problems.
 */
@Component
class ChildrenPage {

    /** The forms as typed and their problems; an empty one for a form not sent. */
    record Forms(AssessmentDraft assessment, FieldProblems assessmentProblems, SpecialCountDraft count,
            FieldProblems countProblems, ChildCaseDraft childCase, FieldProblems caseProblems) {

        static Forms fresh(Long unit, int year) {
            return new Forms(null, new FieldProblems(), SpecialCountDraft.empty(unit, year), new FieldProblems(),
                    ChildCaseDraft.empty(unit), new FieldProblems());
        }
    }

    /** The totals of the counts: children and the supported among them. */
    record Totals(int children, int supported) {

        static Totals of(List<SpecialCount> counts) {
            return new Totals(counts.stream().mapToInt(SpecialCount::children).sum(),
                    counts.stream().mapToInt(SpecialCount::supported).sum());
        }
    }

    private final ChildFriendlyCommunes communes;
    private final SpecialCircumstances circumstances;
    private final Units units;
    private final Clock clock;

    ChildrenPage(ChildFriendlyCommunes communes, SpecialCircumstances circumstances, Units units, Clock clock) {
        this.communes = communes;
        this.circumstances = circumstances;
        this.units = units;
        this.clock = clock;
    }

    /** The current year when none is asked for. */
    int year(Integer asked) {
        return asked != null ? asked : LocalDate.now(clock).getYear();
    }

    String show(Long asked, int year, AccessScope scope, Forms forms, Model model) {
        List<AdministrativeUnit> readable = units.communesIn(year, scope::canRead);
        Long unit = asked != null && readable.stream().anyMatch(u -> u.id().equals(asked)) ? asked
                : readable.size() == 1 ? readable.get(0).id() : null;
        model.addAttribute("communes", readable);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("writes", unit != null && scope.canWrite(unit));
        if (unit != null) {
            figures(unit, year, scope, model);
        }
        forms(unit, year, forms, model);
        return "children/children";
    }

    private void figures(long unit, int year, AccessScope scope, Model model) {
        List<SpecialCount> counts = circumstances.counts(unit, year, scope);
        model.addAttribute("assessment", communes.assessment(unit, year, scope));
        model.addAttribute("counts", counts);
        model.addAttribute("totals", Totals.of(counts));
        model.addAttribute("cases", circumstances.cases(unit, year, scope));
    }

    private static void forms(Long unit, int year, Forms forms, Model model) {
        model.addAttribute("assessmentForm", forms.assessment() != null ? forms.assessment()
                : new AssessmentDraft(unit, String.valueOf(year), Map.of(), Map.of()));
        model.addAttribute("assessmentProblems", forms.assessmentProblems());
        model.addAttribute("countForm", forms.count());
        model.addAttribute("countProblems", forms.countProblems());
        model.addAttribute("caseForm", forms.childCase());
        model.addAttribute("caseProblems", forms.caseProblems());
        model.addAttribute("groups", ChildGroup.values());
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("sexes", Sex.values());
    }
}
