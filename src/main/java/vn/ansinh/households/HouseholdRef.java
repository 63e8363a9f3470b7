package vn.ansinh.households;

import vn.ansinh.poverty.Classification;

/** A household as a list of those that break a target names it: its commune, code, village, head and status. */
public record HouseholdRef(long id, long unitId, String code, String village, String headName,
        Classification classification) {
}
