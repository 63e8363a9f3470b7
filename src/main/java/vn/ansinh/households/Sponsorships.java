package vn.ansinh.households;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdStatusStore;
import vn.ansinh.households.internal.HouseholdStore;
import vn.ansinh.households.internal.RegistryCountStore;
import vn.ansinh.households.internal.SponsorStore;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;

/**
 * "Đỡ đầu hộ nghèo có địa chỉ": each poor household that can exit is given a sponsoring organisation
 * for the year. A household sponsored by a branch counts for the branch and every organisation above
 * it, so Biểu 3's district columns count their branches' households; the commune's total of
 * sponsored households is its committed exits.
 */
@Service
@Transactional(readOnly = true)
public class Sponsorships {

    private final HouseholdStore households;
    private final HouseholdStatusStore statuses;
    private final SponsorStore sponsors;
    private final RegistryCountStore counts;
    private final Partners partners;
    private final ApplicationEventPublisher events;

    Sponsorships(HouseholdStore households, HouseholdStatusStore statuses, SponsorStore sponsors, RegistryCountStore counts, Partners partners,
            ApplicationEventPublisher events) {
        this.households = households;
        this.statuses = statuses;
        this.sponsors = sponsors;
        this.counts = counts;
        this.partners = partners;
        this.events = events;
    }

    /** Gives the household its sponsor for the year (organisationId null: takes it away). */
    @Transactional
    public void assign(long householdId, int year, Long organisationId, AccessScope scope) {
        households.lock(householdId);
        Household household = households.byId(householdId).filter(h -> scope.canWrite(h.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(householdId));
        if (organisationId != null) {
            checkSponsorable(household, year, organisationId);
        }
        Optional<Long> before = sponsors.of(householdId, year);
        if (before.equals(Optional.ofNullable(organisationId))) {
            return;
        }
        sponsors.set(householdId, year, organisationId, before.isPresent());
        Map<RegistryCountStore.Key, Long> deltas = new HashMap<>();
        before.ifPresent(org -> count(deltas, household.unitId(), year, org, -1));
        if (organisationId != null) {
            count(deltas, household.unitId(), year, organisationId, +1);
        }
        counts.add(deltas);
        events.publishEvent(new SponsorshipChanged(householdId, household.unitId(), year, before.orElse(null),
                organisationId));
    }

    /** The household's sponsor of every year it had one, by year; empty for a household the scope cannot read. */
    public Map<Integer, Long> sponsorsOf(long householdId, AccessScope scope) {
        return households.byId(householdId).filter(h -> scope.canRead(h.unitId())).isPresent()
                ? new java.util.TreeMap<>(sponsors.years(householdId)) : Map.of();
    }

    /**
     * Gives each household its sponsor for the year (a null sponsor takes it away), all in one transaction:
     * one refused — a household not poor with a way out, an unknown organisation — and none is saved.
     */
    @Transactional
    public void assignAll(int year, Map<Long, Long> sponsorByHousehold, AccessScope scope) {
        sponsorByHousehold.forEach((household, organisation) -> assign(household, year, organisation, scope));
    }

    /** The sponsors of these households in the year, by household. */
    public Map<Long, Long> sponsorsOf(List<Long> householdIds, int year) {
        return sponsors.of(householdIds, year);
    }

    /** Adds to the deltas the household's sponsored counts of every year, taken from one commune to another. */
    void move(long householdId, long from, long to, Map<RegistryCountStore.Key, Long> deltas) {
        sponsors.years(householdId).forEach((year, organisationId) -> {
            count(deltas, from, year, organisationId, -1);
            count(deltas, to, year, organisationId, +1);
        });
    }

    private void checkSponsorable(Household household, int year, long organisationId) {
        HouseholdStatus status = statuses.status(household.id(), year).orElse(null);
        if (status == null || status.classification() != Classification.POOR || status.category() != PoorCategory.CAN_EXIT) {
            throw new SponsorshipRefusal("household.sponsor.notCanExit", household.code(), year);
        }
        if (partners.byId(organisationId).isEmpty()) {
            throw new SponsorshipRefusal("household.sponsor.unknownOrganisation", organisationId);
        }
    }

    /** The household counts as sponsored in its commune, and for the organisation and those above it. */
    void count(Map<RegistryCountStore.Key, Long> deltas, long unitId, int year, long organisationId, long sign) {
        List<Long> chain = new ArrayList<>(List.of(RegistryCountStore.NO_ORGANISATION));
        Long current = organisationId;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            current = partners.byId(current).map(PartnerOrganisation::parentId).orElse(null);
        }
        chain.forEach(org -> deltas.merge(new RegistryCountStore.Key(unitId, year, RegistryMeasure.SPONSORED, org),
                sign, Long::sum));
    }
}
