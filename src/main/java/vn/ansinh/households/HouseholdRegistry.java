package vn.ansinh.households;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdRules;
import vn.ansinh.households.internal.HouseholdSearchStore;
import vn.ansinh.households.internal.HouseholdStatusStore;
import vn.ansinh.households.internal.HouseholdStore;
import vn.ansinh.households.internal.RegistryCountStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Paging;

/**
 * The household registry of the communes: registering, changing and moving households, their status in each
 * year, and the registry's counts, kept current with every status change. Reads follow the user's
 * scope (a household of a commune they cannot read does not exist for them) and mask personal data
 * for roles that may not see it; writes need the commune to be the user's to write.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdRegistry {

    private final HouseholdStore store;
    private final HouseholdStatusStore statuses;
    private final HouseholdSearchStore search;
    private final RegistryCountStore counts;
    private final Sponsorships sponsorships;
    private final ReviewsOnMove reviews;
    private final ApplicationEventPublisher events;

    HouseholdRegistry(HouseholdStore store, HouseholdStatusStore statuses, HouseholdSearchStore search,
            RegistryCountStore counts, Sponsorships sponsorships, ReviewsOnMove reviews, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.store = store;
        this.statuses = statuses;
        this.search = search;
        this.counts = counts;
        this.sponsorships = sponsorships;
        this.events = events;
    }

    @Transactional
    public Household register(Household draft, AccessScope scope) {
        Household household = normalized(draft, null, draft.unitId());
        requireWritable(household.unitId(), scope);
        check(household, store.idOf(household.unitId(), household.code()).isPresent());
        Household saved = withId(household, codeRaced(household, () -> store.insert(household)));
        events.publishEvent(new HouseholdChanged(AuditAction.CREATE, null, saved));
        return saved;
    }

    /**
     * Registers a household with its status in a year (none: without one), both or neither: every problem
     * of the household and of the status is told at once.
     */
    @Transactional
    public Household registerWithStatus(Household draft, HouseholdStatus status, AccessScope scope) {
        if (status != null && status.problem() != null) {
            requireWritable(draft.unitId(), scope);
            throw new InvalidHouseholdException(problemsOf(draft, status));
        }
        Household saved = register(draft, scope);
        if (status != null) {
            setStatus(saved.id(), status, scope);
        }
        return saved;
    }

    /** What is wrong with a household and its status (none: without one), as registering it would say; writes nothing. */
    public FieldProblems problemsOf(Household draft, HouseholdStatus status) {
        Household household = normalized(draft, null, draft.unitId());
        FieldProblems problems = HouseholdRules.check(household,
                store.idOf(household.unitId(), household.code()).isPresent());
        if (status != null && status.problem() != null) {
            problems.add("status", status.problem());
        }
        return problems;
    }

    /**
     * Changes a household's details and members and, when the draft names another commune (0: the same), moves
     * it there: a commune the scope writes, where its code is free. The registry's counts of its statuses and
     * sponsors, and its outcomes in open review rounds (see ReviewsOnMove), follow it in the same transaction; the
     * audit keeps the household before and after.
     */
    @Transactional
    public Household update(long id, Household draft, AccessScope scope) {
        Household before = writable(id, scope);
        long unitId = draft.unitId() == 0 ? before.unitId() : draft.unitId();
        requireWritable(unitId, scope);
        Household household = normalized(draft, id, unitId);
        Optional<Long> sameCode = store.idOf(unitId, household.code());
        check(household, sameCode.isPresent() && sameCode.get() != id);
        codeRaced(household, () -> {
            store.update(household);
            return id;
        });
        if (unitId != before.unitId()) {
            move(id, before.unitId(), unitId);
        }
        events.publishEvent(new HouseholdChanged(AuditAction.UPDATE, before, household));
        return household;
    }

    /** What is wrong with a correction of the household and its status, as update would say; writes nothing. */
    public FieldProblems problemsOf(long id, Household draft, HouseholdStatus status) {
        Household household = normalized(draft, id, draft.unitId());
        Optional<Long> sameCode = store.idOf(household.unitId(), household.code());
        FieldProblems problems = HouseholdRules.check(household, sameCode.isPresent() && sameCode.get() != id);
        if (status != null && status.problem() != null) {
            problems.add("status", status.problem());
        }
        return problems;
    }

    private void move(long id, long from, long to) {
        Map<RegistryCountStore.Key, Long> deltas = new HashMap<>();
        for (HouseholdStatus status : statuses.statuses(id)) {
            count(deltas, from, status, -1);
            count(deltas, to, status, +1);
        }
        sponsorships.move(id, from, to, deltas);
        counts.add(deltas);
        reviews.follow(id, from, to);
    }

    /** Records the household's status in the year; the counts follow in the same transaction. */
    @Transactional
    public HouseholdStatus setStatus(long id, HouseholdStatus status, AccessScope scope) {
        Household household = writable(id, scope);
        String problem = status.problem();
        if (problem != null) {
            throw new InvalidHouseholdException(new FieldProblems().add("status", problem));
        }
        Optional<HouseholdStatus> before = statuses.status(id, status.year());
        statuses.saveStatus(id, status, before.isPresent());
        Map<RegistryCountStore.Key, Long> deltas = new HashMap<>();
        before.ifPresent(b -> count(deltas, household.unitId(), b, -1));
        count(deltas, household.unitId(), status, +1);
        counts.add(deltas);
        events.publishEvent(new HouseholdStatusChanged(id, household.unitId(), before.orElse(null), status));
        return status;
    }

    /** Takes the household's status of the year away (it left the register); the counts follow. */
    @Transactional
    public void removeStatus(long id, int year, AccessScope scope) {
        Household household = writable(id, scope);
        Optional<HouseholdStatus> before = statuses.status(id, year);
        if (before.isEmpty()) {
            return;
        }
        statuses.deleteStatus(id, year);
        Map<RegistryCountStore.Key, Long> deltas = new HashMap<>();
        count(deltas, household.unitId(), before.get(), -1);
        counts.add(deltas);
        events.publishEvent(new HouseholdStatusRemoved(id, household.unitId(), before.get()));
    }

    /** Empty when there is no such household or the scope cannot read its commune. */
    public Optional<Household> byId(long id, AccessScope scope) {
        return store.byId(id).filter(h -> scope.canRead(h.unitId())).map(h -> h.seenBy(scope));
    }

    /** The households the scope reads a member of which has this citizen ID (a person's data, for that person). */
    public List<Household> withMember(String citizenId, AccessScope scope) {
        return store.idsWithMember(citizenId).stream().map(id -> byId(id, scope)).flatMap(Optional::stream).toList();
    }

    /** The household's statuses year by year, oldest first; empty for a household the scope cannot read. */
    public List<HouseholdStatus> history(long id, AccessScope scope) {
        return byId(id, scope).map(h -> statuses.statuses(id)).orElse(List.of());
    }

    /** The households of the units the scope reads, with their status in the year. */
    public HouseholdPage list(Collection<Long> unitIds, int year, int offset, int limit, AccessScope scope) {
        List<Long> readable = unitIds.stream().filter(scope::canRead).distinct().toList();
        List<Household> households = search.ofUnits(readable, offset, limit);
        Map<Long, HouseholdStatus> ofYear = statuses.statuses(households.stream().map(Household::id).toList(), year);
        return new HouseholdPage(year, search.countOfUnits(readable), offset, households.stream()
                .map(h -> new HouseholdPage.Entry(h.seenBy(scope), ofYear.get(h.id()))).toList());
    }

    /** A page of the households the query finds among the units the scope reads, with their status in the year. */
    public HouseholdListing find(HouseholdQuery query, int page, int size, AccessScope scope) {
        HouseholdQuery readable = query.inUnits(query.unitIds().stream().filter(scope::canRead).distinct().toList());
        Paging paging = new Paging(page, size, search.count(readable));
        List<Household> households = search.find(readable, paging.offset(), size);
        List<Long> ids = households.stream().map(Household::id).toList();
        Map<Long, HouseholdStatus> ofYear = statuses.statuses(ids, query.year());
        Set<Long> poorBefore = statuses.poorBefore(ids, query.year());
        return new HouseholdListing(paging, households.stream().map(h -> new HouseholdListing.Entry(h.seenBy(scope),
                ofYear.get(h.id()), poorBefore.contains(h.id()))).toList());
    }

    /** How many households the query finds among the units the scope reads. */
    public long count(HouseholdQuery query, AccessScope scope) {
        return search.count(query.inUnits(query.unitIds().stream().filter(scope::canRead).distinct().toList()));
    }

    /** The villages of the units the scope reads, as an office lists them: what a list can be narrowed to. */
    public List<String> villages(Collection<Long> unitIds, AccessScope scope) {
        return search.villages(unitIds.stream().filter(scope::canRead).distinct().toList()).stream()
                .sorted(VillageOrder.comparator()).toList();
    }

    /** The registry's counts of the units in the year, by unit and measure (a unit without households: none). */
    public Map<Long, Map<RegistryMeasure, Long>> counts(Collection<Long> unitIds, int year) {
        return counts.of(unitIds, year);
    }

    static void count(Map<RegistryCountStore.Key, Long> deltas, long unitId, HouseholdStatus status, long sign) {
        for (RegistryMeasure measure : status.measures()) {
            deltas.merge(new RegistryCountStore.Key(unitId, status.year(), measure, RegistryCountStore.NO_ORGANISATION),
                    sign, Long::sum);
        }
    }

    /** The household, locked for this transaction's change, when the scope writes its commune. */
    private Household writable(long id, AccessScope scope) {
        store.lock(id);
        Household household = store.byId(id).filter(h -> scope.canRead(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        requireWritable(household.unitId(), scope);
        return household;
    }

    private static void requireWritable(long unitId, AccessScope scope) {
        if (!scope.canWrite(unitId)) {
            throw new HouseholdNotFoundException(unitId);
        }
    }

    /**
     * The write, or — when a concurrent writer took the household's code between the check and the write — the
     * refusal the check would have given (the unique key is the last word; never a server error).
     */
    private static long codeRaced(Household household, java.util.function.LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidHouseholdException(HouseholdRules.check(household, true));
        }
    }

    private static void check(Household household, boolean codeTaken) {
        FieldProblems problems = HouseholdRules.check(household, codeTaken);
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
    }

    private static Household withId(Household h, long id) {
        return new Household(id, h.unitId(), h.code(), h.village(), h.headName(), h.address(), h.ethnicity(), h.phone(),
                h.area(), h.members());
    }

    /** Texts stripped, blanks as none; phone and citizen IDs without spaces or dots. */
    private static Household normalized(Household h, Long id, long unitId) {
        return new Household(id, unitId, strip(h.code()), blankless(h.village()), strip(h.headName()),
                blankless(h.address()), blankless(h.ethnicity()), digits(h.phone()), h.area(),
                h.members().stream().map(m -> new Member(strip(m.fullName()), m.sex(), m.birthDate(), strip(m.relation()),
                        digits(m.citizenId()), m.disability(), m.healthInsurance(), blankless(m.education()),
                        blankless(m.employment()))).toList());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String digits(String text) {
        return text == null || text.isBlank() ? null : text.replaceAll("[\\s.]", "");
    }
}
