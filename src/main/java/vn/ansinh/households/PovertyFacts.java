package vn.ansinh.households;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ansinh.households.internal.PovertyFactsStore;

/**
 * What the registry says about a year's poor households for targets computed from it: which of some households were
 * poor, and which poor or near-poor households of a commune got no support. Households ended before the year are
 * not counted; deleted support entries are not support.
 */
@Component
public class PovertyFacts {

    private final PovertyFactsStore store;

    PovertyFacts(PovertyFactsStore store) {
        this.store = store;
    }

    /** Those of the households classified poor in the year, by id. */
    public Map<Long, HouseholdRef> poorAmong(Collection<Long> householdIds, int year) {
        return store.poorAmong(householdIds, year);
    }

    /**
     * For each commune asked for that has any, its households that left poverty during the year: poor in the year's
     * status and not poor in the next year's (which the year's review sets), each with its new classification, in
     * the order of their codes.
     */
    public Map<Long, List<HouseholdRef>> leftPoverty(Collection<Long> unitIds, int year) {
        return store.leftPoverty(unitIds, year);
    }

    /**
     * For each commune, its poor and near-poor households of the year, those without support that year and those with a
     * member without health insurance.
     */
    public Map<Long, SupportCoverage> supportCoverage(Collection<Long> unitIds, int year) {
        Map<Long, List<PovertyFactsStore.Row>> rows = store.poorOrNearPoor(unitIds, year);
        Map<Long, SupportCoverage> coverage = new java.util.TreeMap<>();
        for (Long unit : unitIds) {
            List<PovertyFactsStore.Row> ofUnit = rows.getOrDefault(unit, List.of());
            coverage.put(unit, new SupportCoverage(unit, ofUnit.size(),
                    ofUnit.stream().filter(r -> !r.supported()).map(PovertyFactsStore.Row::household).toList(),
                    ofUnit.stream().filter(r -> !r.insured()).map(PovertyFactsStore.Row::household).toList()));
        }
        return coverage;
    }
}
