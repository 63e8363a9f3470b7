package vn.ansinh.households;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdRetentionStore;
import vn.ansinh.households.internal.HouseholdStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/**
 * The end of a household and the erasure of its personal data after the retention period (Law 91/2025). A
 * household is past retention when it ended more than the period ago, or — never marked ended — when its last
 * status is of a year that ended more than the period ago (a status of year Y is the household's during Y).
 * Anonymising keeps every status, so the registry's counts and the tables of past years stay as they were.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdRetention {

    private final HouseholdRetentionStore store;
    private final HouseholdStore households;
    private final ApplicationEventPublisher events;

    HouseholdRetention(HouseholdRetentionStore store, HouseholdStore households, ApplicationEventPublisher events) {
        this.store = store;
        this.households = households;
        this.events = events;
    }

    /** The household's end, if it has one and the scope reads its commune. */
    public Optional<HouseholdEnd> endOf(long id, AccessScope scope) {
        return readable(id, scope).flatMap(h -> store.endOf(id));
    }

    /** When the household's personal data was anonymised, if it was and the scope reads its commune. */
    public Optional<LocalDate> anonymisedOn(long id, AccessScope scope) {
        return readable(id, scope).flatMap(h -> store.anonymisedOn(id));
    }

    /** Marks the household ended (or corrects its end), as of today; audited with the end before and after. */
    @Transactional
    public HouseholdEnd end(long id, HouseholdEnd end, LocalDate today, AccessScope scope) {
        households.lock(id);
        Household household = readable(id, scope).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        FieldProblems problems = end.problems(today);
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
        HouseholdEnd before = store.endOf(id).orElse(null);
        store.end(id, end);
        events.publishEvent(new HouseholdEnded(id, household.unitId(), before, end));
        return end;
    }

    /** The households past a retention of so many years as of today, by commune and code; changes nothing. */
    public List<RetentionCandidate> pastRetention(LocalDate today, int years) {
        return store.candidates(today.minusYears(years), today.getYear() - years - 1);
    }

    /**
     * Anonymises every household past retention as of today, each with its audit entry, all or none (one that
     * cannot be written rolls back the others). The households anonymised.
     */
    @Transactional
    public List<RetentionCandidate> anonymise(LocalDate today, int years) {
        List<RetentionCandidate> due = pastRetention(today, years);
        for (RetentionCandidate household : due) {
            households.lock(household.id());
            store.anonymise(household.id(), today);
            events.publishEvent(new HouseholdAnonymised(household, today, years));
        }
        return due;
    }

    private Optional<Household> readable(long id, AccessScope scope) {
        return households.byId(id).filter(h -> scope.canRead(h.unitId()));
    }
}
