package vn.ansinh.children.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.children.Assessment;
import vn.ansinh.children.ChildFriendlyCommunes;
import vn.ansinh.children.ChildFriendlyCriteria;
import vn.ansinh.children.CriteriaSet;
import vn.ansinh.children.Criterion;
import vn.ansinh.shared.AccessScope;

/** The criteria of a child-friendly commune in force on a day, and a commune's assessment of a year. */
@RestController
class ChildrenApiController {

    private final ChildFriendlyCriteria criteria;
    private final ChildFriendlyCommunes communes;
    private final Clock clock;

    ChildrenApiController(ChildFriendlyCriteria criteria, ChildFriendlyCommunes communes, Clock clock) {
        this.criteria = criteria;
        this.communes = communes;
        this.clock = clock;
    }

    @GetMapping("/api/v1/children/criteria")
    @Operation(summary = "The criteria set of a child-friendly commune in force on the day (today without "
            + "on=YYYY-MM-DD), with its validity, legal basis and criteria; none (an empty list) before the first set")
    List<SetJson> criteria(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return criteria.on(on == null ? LocalDate.now(clock) : on).map(SetJson::of).stream().toList();
    }

    @GetMapping("/api/v1/children/child-friendly")
    @Operation(summary = "A commune's child-friendly assessment of the year against the set in force on 31/12 of it: "
            + "each criterion met (true), not met (false) or not assessed (null) with its note; meets when every "
            + "criterion is met; 404 for a commune outside the caller's scope")
    AssessmentJson assessment(@RequestParam long unit, @RequestParam int year, AccessScope scope) {
        return AssessmentJson.of(communes.assessment(unit, year, scope));
    }

    record SetJson(LocalDate validFrom, LocalDate validTo, String legalBasis, List<Criterion> criteria) {

        static SetJson of(CriteriaSet s) {
            return new SetJson(s.validFrom(), s.validTo(), s.legalBasis(), s.criteria());
        }
    }

    record LineJson(String code, String nameVi, String nameEn, Boolean met, String note) {
    }

    record AssessmentJson(long unitId, int year, String legalBasis, boolean assessed, boolean meets,
            List<LineJson> criteria, List<Criterion> notMet) {

        static AssessmentJson of(Assessment a) {
            return new AssessmentJson(a.unitId(), a.year(), a.set() == null ? null : a.set().legalBasis(),
                    a.result().assessed(), a.result().meets(), a.lines().stream().map(l -> new LineJson(
                            l.criterion().code(), l.criterion().nameVi(), l.criterion().nameEn(), l.met().orElse(null),
                            l.mark() == null ? null : l.mark().note())).toList(), a.result().notMet());
        }
    }
}
