package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.Clock;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.allowances.internal.GrantChangeRules;
import vn.ansinh.allowances.internal.GrantChangeStore;
import vn.ansinh.allowances.internal.GrantEndRules;
import vn.ansinh.allowances.internal.GrantRules;
import vn.ansinh.allowances.internal.GrantStore;
import vn.ansinh.allowances.internal.RegistryHouseholdLinks;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * The communes' registers of grants, and what they come to: each grant's allowance of a month from the base levels,
 * what a level entered late owes each, and the funeral support a death owes. A commune outside the user's scope has
 * no register for them; citizen IDs are masked for roles without access to personal data.
 */
@Service
@Transactional(readOnly = true)
public class Grants {

    /** As Vietnamese lists are read: «Đặng» after «Dương», not after «Võ». */
    private static final Comparator<Grant> BY_NAME = Comparator.comparing(Grant::fullName,
            Collator.getInstance(Locale.forLanguageTag("vi")));

    private final GrantStore store;
    private final AllowanceBases bases;
    private final Units units;
    private final RegistryHouseholdLinks households;
    private final ApplicationEventPublisher events;
    private final GrantChangeStore changeStore;
    private final Clock clock;

    Grants(GrantStore store, AllowanceBases bases, Units units, RegistryHouseholdLinks households,
            ApplicationEventPublisher events, GrantChangeStore changeStore, Clock clock) {
        this.store = store;
        this.changeStore = changeStore;
        this.clock = clock;
        this.bases = bases;
        this.units = units;
        this.households = households;
        this.events = events;
    }

    /**
     * The commune's register, each grant as in force in the month (its coefficient and decision then) with its
     * allowance of the month and its arrears; empty outside the scope.
     */
    public Register register(long unitId, YearMonth month, AccessScope scope) {
        if (!scope.canRead(unitId)) {
            return new Register(unitId, month, List.of());
        }
        List<AllowanceBase> levels = bases.all();
        AllowanceSchedule schedule = new AllowanceSchedule(levels);
        List<AllowanceBase> late = levels.stream().filter(b -> b.enteredOn() != null).toList();
        return new Register(unitId, month, store.ofUnit(unitId).stream().sorted(BY_NAME).map(g -> new Register.Line(
                g.asIn(month).seenBy(scope), schedule.monthly(g.entitlement(), month), late.stream().map(level -> AllowanceSchedule
                        .total(schedule.arrears(g.entitlement(), level))).reduce(BigDecimal.ZERO, BigDecimal::add),
                schedule.funeral(g).orElse(null))).toList());
    }

    /** The month's new, stopped and changed grants of the commune; empty outside the scope. */
    public MonthChanges changes(long unitId, YearMonth month, AccessScope scope) {
        AllowanceSchedule schedule = new AllowanceSchedule(bases.all());
        return MonthChanges.of(register(unitId, month, scope), register(unitId, month.minusMonths(1), scope),
                l -> l.grant().changeIn(month).map(c -> schedule.monthly(new Entitlement(l.grant().group().scheme(),
                        c.oldCoefficient(), month, month), month)).orElse(BigDecimal.ZERO));
    }

    /**
     * What the base level (one entered late) owes each of the commune's beneficiaries; empty when there is no such
     * level, it was entered in time, or the commune is outside the scope.
     */
    public Optional<ArrearsList> arrears(long unitId, long baseId, AccessScope scope) {
        List<AllowanceBase> levels = bases.all();
        AllowanceSchedule schedule = new AllowanceSchedule(levels);
        return levels.stream().filter(b -> b.id() == baseId && b.enteredOn() != null && scope.canRead(unitId)).findFirst()
                .map(level -> new ArrearsList(unitId, level, store.ofUnit(unitId).stream().sorted(BY_NAME)
                        .map(g -> new ArrearsList.Owed(g.asIn(YearMonth.from(level.validFrom())).seenBy(scope), schedule.arrears(g.entitlement(), level)))
                        .filter(o -> !o.months().isEmpty()).toList()));
    }

    /**
     * Per unit asked for, the registry households holding a person with merit (a grant of scheme MERIT linked to its
     * household) whose grant is in force in the day's month; a unit with none maps to an empty set.
     */
    public Map<Long, Set<Long>> meritHouseholds(Collection<Long> unitIds, LocalDate on) {
        Map<Long, Set<Long>> byUnit = new LinkedHashMap<>();
        unitIds.forEach(unit -> byUnit.put(unit, new TreeSet<>()));
        store.householdsInForce(unitIds, AllowanceScheme.MERIT, YearMonth.from(on))
                .forEach(pair -> byUnit.get(pair[0]).add(pair[1]));
        return byUnit;
    }

    /** Adds a grant to a commune's register the user writes, audited; refused by field with nothing written. */
    @Transactional
    public Grant add(GrantDraft draft, AccessScope scope) {
        GrantRules rules = new GrantRules();
        Grant checked = rules.check(draft, unit -> writes(unit, scope), households.of(scope))
                .orElseThrow(() -> new InvalidGrantException(rules.problems()));
        Grant added = store.insert(checked);
        events.publishEvent(new GrantChanged(null, added));
        return added;
    }

    /** Ends a grant of a commune the user writes with its last month and why, audited; refused by field. */
    @Transactional
    public Grant end(GrantEnding ending, AccessScope scope) {
        GrantEndRules rules = new GrantEndRules();
        Grant before = writable(ending.grantId(), scope);
        Grant after = rules.check(ending, before).orElseThrow(() -> new InvalidGrantException(rules.problems()));
        store.end(after.id(), after.lastMonth(), after.endReason());
        events.publishEvent(new GrantChanged(before, after));
        return after;
    }

    /**
     * Changes a grant of a commune the user writes from a month on by a new decision (its coefficient and decision),
     * audited with the grant before and after; refused by field with nothing written.
     */
    @Transactional
    public Grant change(GrantAmendment amendment, AccessScope scope) {
        GrantChangeRules rules = new GrantChangeRules();
        Grant before = writable(amendment.grantId(), scope);
        GrantChange change = rules.check(amendment, before).orElseThrow(() -> new InvalidGrantException(rules.problems()));
        changeStore.insert(before.id(), change.fromMonth(), change.newCoefficient(), change.newDecision(),
                LocalDate.now(clock));
        Grant after = store.byId(before.id()).orElseThrow();
        events.publishEvent(new GrantChanged(before, after));
        return after;
    }

    /** The grant of the id in a commune the user writes; null when there is none. */
    private Grant writable(Long grantId, AccessScope scope) {
        return grantId == null ? null : store.byId(grantId).filter(g -> writes(g.unitId(), scope)).orElse(null);
    }

    /** Whether the scope writes the unit and it is a commune (a register is a commune's). */
    boolean writes(long unitId, AccessScope scope) {
        return scope.canWrite(unitId) && units.byId(unitId).filter(u -> CommuneNames.KINDS.contains(u.kind())).isPresent();
    }
}
