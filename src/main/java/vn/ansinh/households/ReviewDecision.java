package vn.ansinh.households;

import java.time.LocalDate;

import vn.ansinh.poverty.Classification;

/**
 * A household's outcome as entered: the outcome, its date and decision, and what the household
 * becomes next year where the outcome leaves a choice — the group (and reason) of a poor household,
 * medium living standard or not poor for one that exits (not poor when none is given).
 */
public record ReviewDecision(long householdId, ReviewOutcome outcome, LocalDate date, String decisionRef,
        Classification classificationAfter, PoorCategory categoryAfter, CannotExitReason reasonAfter, String note) {
}
