package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.allowances.internal.GrantRules;
import vn.ansinh.allowances.internal.GrantStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * The communes' registers of grants, and what they come to: each grant's allowance of a month from the base levels,
 * and what a level entered late owes each. A commune outside the user's scope has no register for them.
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
    private final ApplicationEventPublisher events;

    Grants(GrantStore store, AllowanceBases bases, Units units, ApplicationEventPublisher events) {
        this.store = store;
        this.bases = bases;
        this.units = units;
        this.events = events;
    }

    /** The commune's register, each grant with its allowance of the month and its arrears; empty outside the scope. */
    public Register register(long unitId, YearMonth month, AccessScope scope) {
        if (!scope.canRead(unitId)) {
            return new Register(unitId, month, List.of());
        }
        List<AllowanceBase> levels = bases.all();
        AllowanceSchedule schedule = new AllowanceSchedule(levels);
        List<AllowanceBase> late = levels.stream().filter(b -> b.enteredOn() != null).toList();
        return new Register(unitId, month, store.ofUnit(unitId).stream().sorted(BY_NAME).map(g -> new Register.Line(g,
                schedule.monthly(g.entitlement(), month), late.stream().map(level -> AllowanceSchedule.total(
                        schedule.arrears(g.entitlement(), level))).reduce(BigDecimal.ZERO, BigDecimal::add))).toList());
    }

    /** Adds a grant to a commune's register the user writes, audited; refused by field with nothing written. */
    @Transactional
    public Grant add(GrantDraft draft, AccessScope scope) {
        GrantRules rules = new GrantRules();
        Grant checked = rules.check(draft, unit -> scope.canWrite(unit) && units.byId(unit)
                .filter(u -> CommuneNames.KINDS.contains(u.kind())).isPresent())
                .orElseThrow(() -> new InvalidGrantException(rules.problems()));
        Grant added = store.insert(checked);
        events.publishEvent(new GrantChanged(null, added));
        return added;
    }
}
