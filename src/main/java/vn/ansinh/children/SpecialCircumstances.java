package vn.ansinh.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.children.internal.CircumstanceRules;
import vn.ansinh.children.internal.CircumstanceStore;
import vn.ansinh.shared.AccessScope;

/**
 * A commune's children in special circumstances of a year, counted by group with how many were supported, and its
 * cases of child abuse and accidents; entered by whoever writes the commune, read within the scope.
 */
@Service
@Transactional(readOnly = true)
public class SpecialCircumstances {

    private final CircumstanceStore store;
    private final ChildFriendlyCommunes communes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpecialCircumstances(CircumstanceStore store, ChildFriendlyCommunes communes, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.communes = communes;
        this.events = events;
        this.clock = clock;
    }

    /** The commune's counts of the year by group (a group not counted is left out); empty outside the scope. */
    public List<SpecialCount> counts(long unitId, int year, AccessScope scope) {
        return scope.canRead(unitId) ? store.counts(unitId, year) : List.of();
    }

    /** The commune's cases of the year, oldest first; empty outside the scope. */
    public List<ChildCase> cases(long unitId, int year, AccessScope scope) {
        return scope.canRead(unitId) ? store.cases(unitId, year) : List.of();
    }

    /** Writes a group's count of the year over the one before, audited; refused by field with nothing written. */
    @Transactional
    public SpecialCount put(SpecialCountDraft draft, AccessScope scope) {
        CircumstanceRules rules = new CircumstanceRules(scope, communes::isCommune);
        SpecialCount checked = rules.check(draft)
                .orElseThrow(() -> new InvalidChildrenChangeException("Special count", rules.problems()));
        Optional<SpecialCount> before = store.count(checked.unitId(), checked.year(), checked.group());
        store.put(checked, before.isPresent());
        events.publishEvent(new SpecialCountChanged(before.orElse(null), checked));
        return checked;
    }

    /** Adds a case, audited; refused by field with nothing written. */
    @Transactional
    public ChildCase add(ChildCaseDraft draft, AccessScope scope) {
        CircumstanceRules rules = new CircumstanceRules(scope, communes::isCommune);
        ChildCase checked = rules.check(draft, LocalDate.now(clock))
                .orElseThrow(() -> new InvalidChildrenChangeException("Child case", rules.problems()));
        ChildCase added = store.insert(checked);
        events.publishEvent(new ChildCaseChanged(added));
        return added;
    }
}
