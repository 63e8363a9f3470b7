package vn.ansinh.attainment;

import java.util.List;

import vn.ansinh.households.HouseholdRef;

/**
 * Whether a commune meets a computed target in a year. known: the registers say something (a commune that kept no
 * assessment, or no poor household in the registry for a support target, is not known to meet it); households and
 * criteria: what breaks it.
 */
public record CommuneAttainment(long unitId, boolean known, boolean meets, List<HouseholdRef> households,
        List<CriterionRef> criteria) {

    public CommuneAttainment {
        households = List.copyOf(households);
        criteria = List.copyOf(criteria);
    }

    public static CommuneAttainment unknown(long unitId) {
        return new CommuneAttainment(unitId, false, false, List.of(), List.of());
    }

    public static CommuneAttainment byHouseholds(long unitId, List<HouseholdRef> breaking) {
        return new CommuneAttainment(unitId, true, breaking.isEmpty(), breaking, List.of());
    }
}
