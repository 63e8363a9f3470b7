package vn.ansinh.households;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.RegistryCountStore;
import vn.ansinh.households.internal.RegistryCountStore.Key;
import vn.ansinh.households.internal.RegistryRecountStore;
import vn.ansinh.poverty.Classification;

/**
 * The check of the registry's kept counts against a full recount of the statuses and sponsors: every count
 * that differs is set to the recount, each with an audit entry. Runs at start-up and when an administrator
 * asks for it; the counts are exact when it ends, whatever writers ran meanwhile (see keptLocked).
 */
@Service
public class RegistryRecount {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryRecount.class);

    /** How many counts were checked, and those repaired. */
    public record Result(int checked, List<RegistryCountRepaired> repaired) {
    }

    private final RegistryRecountStore store;
    private final Sponsorships sponsorships;
    private final ApplicationEventPublisher events;

    RegistryRecount(RegistryRecountStore store, Sponsorships sponsorships, ApplicationEventPublisher events) {
        this.store = store;
        this.sponsorships = sponsorships;
        this.events = events;
    }

    @Transactional
    public Result recount() {
        Map<Key, Long> kept = store.keptLocked();
        Map<Key, Long> counted = counted();
        Set<Key> keys = new HashSet<>(kept.keySet());
        keys.addAll(counted.keySet());
        List<RegistryCountRepaired> repaired = new ArrayList<>();
        for (Key key : keys) {
            long was = kept.getOrDefault(key, 0L);
            long is = counted.getOrDefault(key, 0L);
            if (was != is) {
                store.set(key, is);
                RegistryCountRepaired repair = new RegistryCountRepaired(key.unitId(), key.year(), key.measure(),
                        key.organisationId() == RegistryCountStore.NO_ORGANISATION ? null : key.organisationId(), was, is);
                events.publishEvent(repair);
                repaired.add(repair);
            }
        }
        return new Result(keys.size(), repaired);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Result result = recount();
        if (!result.repaired().isEmpty()) {
            LOG.warn("Registry counts: {} of {} differed from a full recount and were repaired: {}",
                    result.repaired().size(), result.checked(), result.repaired());
        }
    }

    /** Every count as the statuses and sponsors give it. */
    private Map<Key, Long> counted() {
        Map<Key, Long> counted = new HashMap<>();
        for (RegistryRecountStore.StatusGroup g : store.statusGroups()) {
            HouseholdStatus status = new HouseholdStatus(g.year(), Classification.valueOf(g.classification()),
                    g.category() == null ? null : PoorCategory.valueOf(g.category()), null, null);
            HouseholdRegistry.count(counted, g.unitId(), status, g.households());
        }
        for (RegistryRecountStore.SponsorGroup g : store.sponsorGroups()) {
            sponsorships.count(counted, g.unitId(), g.year(), g.organisationId(), g.households());
        }
        return counted;
    }
}
