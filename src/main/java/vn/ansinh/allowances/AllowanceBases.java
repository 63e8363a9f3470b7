package vn.ansinh.allowances;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.allowances.internal.AllowanceBaseRules;
import vn.ansinh.allowances.internal.AllowanceBaseStore;

/** The schemes' base levels over time: those in force on a day, and a new one entered when a decree is issued. */
@Service
@Transactional(readOnly = true)
public class AllowanceBases {

    private final AllowanceBaseStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AllowanceBases(AllowanceBaseStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** By scheme, oldest first. */
    public List<AllowanceBase> all() {
        return store.all();
    }

    /** Each scheme's base in force on the day (a scheme with none that day is left out). */
    public List<AllowanceBase> on(LocalDate day) {
        return all().stream().filter(b -> b.covers(day)).toList();
    }

    public Optional<AllowanceBase> of(AllowanceScheme scheme, LocalDate day) {
        return on(day).stream().filter(b -> b.scheme() == scheme).findFirst();
    }

    /**
     * Adds the base from the day its decree takes effect, open-ended, when all of it is right; the scheme's latest
     * base ends the day before. Both writes are audited.
     */
    @Transactional
    public AllowanceBase add(AllowanceBaseDraft draft) {
        List<AllowanceBase> existing = all();
        AllowanceBaseRules rules = new AllowanceBaseRules();
        AllowanceBase checked = rules.check(draft, existing, LocalDate.now(clock))
                .orElseThrow(() -> new InvalidAllowanceBaseException(rules.problems()));
        AllowanceBaseRules.latest(existing, checked.scheme()).ifPresent(before -> {
            AllowanceBase after = before.endingOn(checked.validFrom().minusDays(1));
            store.end(before.id(), after.validTo());
            events.publishEvent(new AllowanceBaseChanged(before, after));
        });
        AllowanceBase added = store.insert(checked);
        events.publishEvent(new AllowanceBaseChanged(null, added));
        return added;
    }
}
