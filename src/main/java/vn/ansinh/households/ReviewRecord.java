package vn.ansinh.households;

import java.time.LocalDate;

/** An outcome as the household's history shows it: the round's year and commune, the outcome, date and decision. */
public record ReviewRecord(long roundId, int year, long unitId, long householdId, ReviewOutcome outcome, LocalDate date,
        String decisionRef, String note) {
}
