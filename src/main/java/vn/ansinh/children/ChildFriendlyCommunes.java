package vn.ansinh.children;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.children.internal.AssessmentRules;
import vn.ansinh.children.internal.AssessmentStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * Whether communes are child-friendly in a year, from their assessments against the criteria set in force on 31/12
 * of the year; a commune's assessment, and one entered by whoever writes the commune.
 */
@Service
@Transactional(readOnly = true)
public class ChildFriendlyCommunes {

    private final AssessmentStore store;
    private final ChildFriendlyCriteria criteria;
    private final Units units;
    private final ApplicationEventPublisher events;

    ChildFriendlyCommunes(AssessmentStore store, ChildFriendlyCriteria criteria, Units units,
            ApplicationEventPublisher events) {
        this.store = store;
        this.criteria = criteria;
        this.units = units;
        this.events = events;
    }

    /** Each commune's result of the year, in the order given; one never assessed is «not assessed». */
    public Map<Long, ChildFriendlyResult> results(Collection<Long> communeIds, int year) {
        Optional<CriteriaSet> set = criteria.of(year);
        Map<Long, List<CriterionMark>> marks = store.of(communeIds, year);
        Map<Long, ChildFriendlyResult> results = new LinkedHashMap<>();
        for (Long id : communeIds) {
            results.put(id, result(id, year, set, marks.getOrDefault(id, List.of())));
        }
        return results;
    }

    /** The commune's assessment of the year, criterion by criterion; refused as not found outside the scope. */
    public Assessment assessment(long unitId, int year, AccessScope scope) {
        if (!scope.canRead(unitId) || !isCommune(unitId)) {
            throw new UnitNotFoundException(unitId);
        }
        Optional<CriteriaSet> set = criteria.of(year);
        Map<String, CriterionMark> marks = store.of(List.of(unitId), year).getOrDefault(unitId, List.of()).stream()
                .collect(Collectors.toMap(CriterionMark::code, Function.identity()));
        List<Assessment.Line> lines = set.map(CriteriaSet::criteria).orElse(List.of()).stream()
                .map(c -> new Assessment.Line(c, marks.get(c.code()))).toList();
        return new Assessment(unitId, year, set.orElse(null), lines,
                result(unitId, year, set, List.copyOf(marks.values())));
    }

    /** Replaces the commune's assessment of the year, audited; refused by field with nothing written. */
    @Transactional
    public Assessment assess(AssessmentDraft draft, AccessScope scope) {
        AssessmentRules rules = new AssessmentRules();
        List<CriterionMark> marks = rules.check(draft, scope, this::isCommune, criteria::on)
                .orElseThrow(() -> new InvalidChildrenChangeException("Assessment", rules.problems()));
        int year = Integer.parseInt(draft.year().strip());
        List<CriterionMark> before = store.of(List.of(draft.unitId()), year).getOrDefault(draft.unitId(), List.of());
        store.replace(draft.unitId(), year, marks);
        events.publishEvent(new AssessmentChanged(draft.unitId(), year, before, marks));
        return assessment(draft.unitId(), year, scope);
    }

    boolean isCommune(long unitId) {
        return units.byId(unitId).filter(u -> CommuneNames.KINDS.contains(u.kind())).isPresent();
    }

    private static ChildFriendlyResult result(long unitId, int year, Optional<CriteriaSet> set,
            List<CriterionMark> marks) {
        if (set.isEmpty()) {
            return ChildFriendlyResult.notAssessed(unitId, year);
        }
        Map<String, Boolean> met = marks.stream().collect(Collectors.toMap(CriterionMark::code, CriterionMark::met));
        List<Criterion> required = set.get().criteria();
        if (required.stream().noneMatch(c -> met.containsKey(c.code()))) {
            return ChildFriendlyResult.notAssessed(unitId, year);
        }
        List<Criterion> notMet = required.stream().filter(c -> !met.getOrDefault(c.code(), false)).toList();
        return new ChildFriendlyResult(unitId, year, true, notMet.isEmpty(), notMet);
    }
}
