package vn.ansinh.gratitude;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.gratitude.internal.GratitudeRules;
import vn.ansinh.gratitude.internal.GratitudeStore;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdAnonymised;
import vn.ansinh.households.HouseholdListing;
import vn.ansinh.households.HouseholdQuery;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * Entering a commune's gratitude fund: a contribution, a house or a gift, by whoever writes the commune (the rule
 * {@link #writes} the pages follow too), each audited; refused by field with nothing written.
 */
@Service
@Transactional
public class GratitudeEntries {

    private final GratitudeStore store;
    private final Units units;
    private final Partners partners;
    private final HouseholdRegistry households;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GratitudeEntries(GratitudeStore store, Units units, Partners partners, HouseholdRegistry households,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.partners = partners;
        this.households = households;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user enters this unit's fund: a commune (ward, township) they write. */
    @Transactional(readOnly = true)
    public boolean writes(long unitId, AccessScope scope) {
        return scope.canWrite(unitId) && units.byId(unitId).filter(u -> CommuneNames.KINDS.contains(u.kind())).isPresent();
    }

    public Contribution add(ContributionDraft draft, AccessScope scope) {
        GratitudeRules rules = rules(scope);
        return write(rules.check(draft, (organisation, unit) -> partners.byId(organisation)
                .filter(o -> Objects.equals(o.unitId(), unit)).isPresent())
                .orElseThrow(() -> new InvalidGratitudeEntryException(rules.problems())));
    }

    public GratitudeHouse add(HouseDraft draft, AccessScope scope) {
        GratitudeRules rules = rules(scope);
        return write(rules.check(draft, (code, unit) -> household(code, unit, scope))
                .orElseThrow(() -> new InvalidGratitudeEntryException(rules.problems())));
    }

    /** Writes a contribution checked (by the form or a list), audited. */
    Contribution write(Contribution checked) {
        Contribution added = store.insert(checked);
        events.publishEvent(new GratitudeFundChanged("gratitude_contribution", added.id(), added.unitId(), added, null));
        return added;
    }

    /** Writes a house checked (by the form or a list), audited as personal data of its household when linked. */
    GratitudeHouse write(GratitudeHouse checked) {
        GratitudeHouse added = store.insert(checked);
        String subject = added.householdId() == null ? null : HouseholdAnonymised.subject(added.householdId());
        events.publishEvent(new GratitudeFundChanged("gratitude_house", added.id(), added.unitId(), added, subject));
        return added;
    }

    public GratitudeGift add(GiftDraft draft, AccessScope scope) {
        GratitudeRules rules = rules(scope);
        GratitudeGift added = store.insert(rules.check(draft)
                .orElseThrow(() -> new InvalidGratitudeEntryException(rules.problems())));
        events.publishEvent(new GratitudeFundChanged("gratitude_gift", added.id(), added.unitId(), added, null));
        return added;
    }

    /** The commune's household of that code (as its register writes it, any case), if the user reads it. */
    Optional<Long> household(String code, long unitId, AccessScope scope) {
        HouseholdQuery query = HouseholdQuery.of(List.of(unitId), LocalDate.now(clock).getYear()).matching(code);
        return households.find(query, 1, 20, scope).households().stream().map(HouseholdListing.Entry::household)
                .filter(h -> h.code().equalsIgnoreCase(code)).map(Household::id).findFirst();
    }

    private GratitudeRules rules(AccessScope scope) {
        return new GratitudeRules(unit -> writes(unit, scope), LocalDate.now(clock));
    }
}
