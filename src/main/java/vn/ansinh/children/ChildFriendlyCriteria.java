package vn.ansinh.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.children.internal.CriteriaSetRules;
import vn.ansinh.children.internal.CriteriaStore;

/** The criteria of a child-friendly commune over time: the set in force on a day, and a later set entered. */
@Service
@Transactional(readOnly = true)
public class ChildFriendlyCriteria {

    private final CriteriaStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChildFriendlyCriteria(CriteriaStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Oldest first. */
    public List<CriteriaSet> all() {
        return store.all();
    }

    /** The set in force on the day, if any. */
    public Optional<CriteriaSet> on(LocalDate day) {
        return all().stream().filter(s -> s.covers(day)).findFirst();
    }

    /** The set a year is assessed against: the one in force on its 31 December. */
    public Optional<CriteriaSet> of(int year) {
        return on(LocalDate.of(year, 12, 31));
    }

    /**
     * Adds the set from the day it takes effect, open-ended, when all of it is right; the latest set ends the day
     * before. Both writes are audited.
     */
    @Transactional
    public CriteriaSet add(CriteriaSetDraft draft) {
        Optional<CriteriaSet> latest = all().stream().max(Comparator.comparing(CriteriaSet::validFrom));
        CriteriaSetRules rules = new CriteriaSetRules();
        CriteriaSet checked = rules.check(draft, latest, LocalDate.now(clock))
                .orElseThrow(() -> new InvalidChildrenChangeException("Criteria set", rules.problems()));
        latest.ifPresent(before -> {
            CriteriaSet after = before.endingOn(checked.validFrom().minusDays(1));
            store.end(before.id(), after.validTo());
            events.publishEvent(new CriteriaSetChanged(before, after));
        });
        CriteriaSet added = store.insert(checked);
        events.publishEvent(new CriteriaSetChanged(null, added));
        return added;
    }
}
