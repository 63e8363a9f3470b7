package vn.ansinh.households;

import java.util.List;

/**
 * A commune's poor and near-poor households of a year and those of them the support log records nothing for in
 * that year: «100% hộ nghèo, hộ cận nghèo đều được giúp đỡ» holds when there are none.
 */
public record SupportCoverage(long unitId, int poorOrNearPoor, List<HouseholdRef> unsupported) {

    public SupportCoverage {
        unsupported = List.copyOf(unsupported);
    }

    public int supported() {
        return poorOrNearPoor - unsupported.size();
    }
}
