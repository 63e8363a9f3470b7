package vn.ansinh.children;

import java.util.List;

/**
 * Whether a commune is child-friendly in a year: assessed when at least one criterion of the set in force on 31/12 of
 * the year was assessed; meets when every one of them was assessed met; notMet names those assessed not met or not
 * assessed yet (empty when the commune was not assessed at all, or no set was in force).
 */
public record ChildFriendlyResult(long unitId, int year, boolean assessed, boolean meets, List<Criterion> notMet) {

    public ChildFriendlyResult {
        notMet = List.copyOf(notMet);
    }

    public static ChildFriendlyResult notAssessed(long unitId, int year) {
        return new ChildFriendlyResult(unitId, year, false, false, List.of());
    }
}
