package vn.ansinh.households;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdStore;
import vn.ansinh.households.internal.SupportStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.FieldProblems;

/**
 * The support log of a household: what it received, from whom, when; each entry added, corrected, deleted
 * and restored audited. A deleted entry is out of every list and total; only an administrator sees it and
 * restores it.
 */
@Service
@Transactional(readOnly = true)
public class SupportLog {

    private final SupportStore store;
    private final HouseholdStore households;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupportLog(SupportStore store, HouseholdStore households, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.households = households;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Support record(Support support, AccessScope scope) {
        Household household = writable(support.householdId(), scope);
        check(support);
        Support saved = withId(support, store.insert(support));
        events.publishEvent(new SupportRecorded(AuditAction.CREATE, household.unitId(), saved));
        return saved;
    }

    /** Corrects an entry, checked as a new one is; its household stays. */
    @Transactional
    public Support change(long id, Support draft, AccessScope scope) {
        Support before = entry(id, scope);
        Household household = writable(before.householdId(), scope);
        Support after = new Support(id, before.householdId(), draft.kind(), draft.quantity(), draft.quantityUnit(),
                draft.value(), draft.date(), draft.organisationId(), draft.note());
        check(after);
        store.update(after);
        events.publishEvent(new SupportChanged(AuditAction.UPDATE, household.unitId(), before, after, id));
        return after;
    }

    /** Deletes an entry: out of every list and total, kept for an administrator to restore. */
    @Transactional
    public void delete(long id, String user, AccessScope scope) {
        Support before = entry(id, scope);
        Household household = writable(before.householdId(), scope);
        store.delete(id, user, clock.instant());
        events.publishEvent(new SupportChanged(AuditAction.DELETE, household.unitId(), before, null, id));
    }

    /** Restores a deleted entry: an administrator's. */
    @Transactional
    public Support restore(long id, AccessScope scope) {
        DeletedSupport deleted = store.deletedById(id).filter(d -> scope.unrestricted())
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        Household household = writable(deleted.support().householdId(), scope);
        store.restore(id);
        events.publishEvent(new SupportChanged(AuditAction.UPDATE, household.unitId(), deleted, deleted.support(), id));
        return deleted.support();
    }

    /** An entry of a household the scope reads that is not deleted. */
    public Support entry(long id, AccessScope scope) {
        return store.byId(id).filter(s -> readable(s.householdId(), scope))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
    }

    /** The household's support, oldest first; empty for a household the scope cannot read. */
    public List<Support> of(long householdId, AccessScope scope) {
        return readable(householdId, scope) ? store.of(householdId) : List.of();
    }

    /** The household's deleted entries, for an administrator (none for anyone else). */
    public List<DeletedSupport> deletedOf(long householdId, AccessScope scope) {
        return scope.unrestricted() ? store.deletedOf(householdId) : List.of();
    }

    private boolean readable(long householdId, AccessScope scope) {
        return households.byId(householdId).filter(h -> scope.canRead(h.unitId())).isPresent();
    }

    private Household writable(long householdId, AccessScope scope) {
        return households.byId(householdId).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(householdId));
    }

    /** What is wrong with an entry, by field, as recording or correcting it would say; writes nothing. */
    public FieldProblems problemsOf(Support support) {
        FieldProblems problems = new FieldProblems().required("kind", support.kind()).required("date", support.date());
        if (support.quantity() != null && support.quantity().signum() < 0) {
            problems.add("quantity", "household.support.negative");
        }
        if (support.value() != null && support.value().signum() < 0) {
            problems.add("value", "household.support.negative");
        }
        return problems;
    }

    private void check(Support support) {
        FieldProblems problems = problemsOf(support);
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
    }

    private static Support withId(Support s, long id) {
        return new Support(id, s.householdId(), s.kind(), s.quantity(), s.quantityUnit(), s.value(), s.date(),
                s.organisationId(), s.note());
    }
}
