package vn.ansinh.households;

import java.time.LocalDate;

/**
 * A household whose retention period has passed: ended on endedOn (null: never marked ended) or, when not
 * marked, last given a status in lastStatusYear. No personal data: what the dry run lists and the audit keeps.
 */
public record RetentionCandidate(long id, long unitId, String code, String village, int members, LocalDate endedOn,
        HouseholdEndReason reason, Integer lastStatusYear) {
}
