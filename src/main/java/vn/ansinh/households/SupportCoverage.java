package vn.ansinh.households;

import java.util.List;

/**
 * A commune's poor and near-poor households of a year, those of them the support log records nothing for in that
 * year («100% hộ nghèo, hộ cận nghèo đều được giúp đỡ» holds when there are none), and those with a member without
 * health insurance (free for them by law: none should be left).
 */
public record SupportCoverage(long unitId, int poorOrNearPoor, List<HouseholdRef> unsupported,
        List<HouseholdRef> uninsured) {

    public SupportCoverage {
        unsupported = List.copyOf(unsupported);
        uninsured = List.copyOf(uninsured);
    }
}
