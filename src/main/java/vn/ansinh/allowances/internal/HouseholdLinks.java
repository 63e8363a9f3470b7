package vn.ansinh.allowances.internal;

import java.util.Optional;

/** The registry households a grant may name: found by code, or by a member's citizen ID, in one commune. */
public interface HouseholdLinks {

    Optional<Long> byCode(long unitId, String code);

    /** The one household of the commune with a member of this citizen ID; empty when none or several. */
    Optional<Long> byMember(long unitId, String citizenId);
}
