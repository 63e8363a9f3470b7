package vn.ansinh.relief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.relief.internal.RegistryCodes;
import vn.ansinh.relief.internal.ReliefRules;
import vn.ansinh.relief.internal.ReliefStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * Records events, the households they hit and the relief given, each audited; whoever writes the commune. Refused by
 * field with nothing written.
 */
@Service
@Transactional
public class ReliefEntries {

    private final ReliefStore store;
    private final Units units;
    private final RegistryCodes registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReliefEntries(ReliefStore store, Units units, RegistryCodes registry, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.units = units;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user may record the households and relief of the commune: writes it, and the event hit it. */
    public static boolean writes(ReliefEvent event, Long unitId, AccessScope scope) {
        return unitId != null && event.hit(unitId) && scope.canWrite(unitId);
    }

    public ReliefEvent create(ReliefEventDraft draft, AccessScope scope) {
        ReliefRules rules = rules();
        ReliefEvent created = store.insert(rules.check(draft, unit -> writableCommune(unit, scope))
                .orElseThrow(() -> new InvalidReliefException(rules.problems())));
        events.publishEvent(new ReliefRecorded("relief_event", created.id(), created.unitIds().get(0), created, null));
        return created;
    }

    /** Adds a household the event hit in a commune; the registry code links it to the household of that commune. */
    public AffectedHousehold add(ReliefEvent event, AffectedHouseholdDraft draft, AccessScope scope) {
        ReliefRules rules = rules();
        AffectedHousehold added = store.insert(rules.check(event, draft, unit -> writes(event, unit, scope),
                (unit, code) -> registry.find(unit, code, event.struckOn().getYear(), scope))
                .orElseThrow(() -> new InvalidReliefException(rules.problems())));
        events.publishEvent(new ReliefRecorded("relief_household", added.id(), added.unitId(), added,
                added.householdId()));
        return added;
    }

    /** Records relief given to a household of the event in a commune the user writes. */
    public ReliefGiven give(ReliefEvent event, ReliefDraft draft, AccessScope scope) {
        ReliefRules rules = rules();
        Optional<AffectedHousehold> household = Optional.ofNullable(draft.affectedId()).flatMap(store::household)
                .filter(h -> h.eventId() == event.id() && writes(event, h.unitId(), scope));
        ReliefGiven given = store.insert(rules.check(event, draft, id -> household)
                .orElseThrow(() -> new InvalidReliefException(rules.problems())));
        events.publishEvent(new ReliefRecorded("relief_given", given.id(), household.get().unitId(), given,
                household.get().householdId()));
        return given;
    }

    private ReliefRules rules() {
        return new ReliefRules(LocalDate.now(clock));
    }

    private boolean writableCommune(long unitId, AccessScope scope) {
        return scope.canWrite(unitId) && units.byId(unitId).filter(u -> CommuneNames.KINDS.contains(u.kind())).isPresent();
    }
}
