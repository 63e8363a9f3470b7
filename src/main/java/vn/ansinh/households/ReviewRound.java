package vn.ansinh.households;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.poverty.Classification;

/**
 * The yearly review of a commune. The rules of an outcome live here: a round takes outcomes only
 * while open, and an outcome must fit the household's status in the review year and its history —
 * only a poor household stays poor, exits or becomes near-poor; a household not poor becomes new
 * poor if it never was poor, relapses if it was.
 */
public record ReviewRound(Long id, long unitId, int year, LocalDate openedOn, LocalDate closedOn, String decisionRef) {

    public boolean open() {
        return closedOn == null;
    }

    /** Null when the outcome may be recorded; otherwise the message key of why not. */
    public String refusal(ReviewOutcome outcome, HouseholdStatus current, List<HouseholdStatus> earlier) {
        if (!open()) {
            return "review.closed";
        }
        boolean poor = current != null && current.classification() == Classification.POOR;
        boolean wasPoor = earlier.stream().anyMatch(s -> s.year() < year && s.classification() == Classification.POOR);
        return refusal(outcome, poor, wasPoor);
    }

    /** The outcomes that fit a household poor (or not) in the round's year, and poor (or not) in an earlier year. */
    public static List<ReviewOutcome> fitting(boolean poor, boolean wasPoor) {
        return java.util.Arrays.stream(ReviewOutcome.values()).filter(o -> refusal(o, poor, wasPoor) == null).toList();
    }

    private static String refusal(ReviewOutcome outcome, boolean poor, boolean wasPoor) {
        return switch (outcome) {
            case STAYS_POOR, EXITS_POVERTY, BECOMES_NEAR_POOR -> poor ? null : "review.outcome.notPoor";
            case NEW_POOR -> poor ? "review.outcome.alreadyPoor" : wasPoor ? "review.outcome.wasPoor" : null;
            case RELAPSED -> poor ? "review.outcome.alreadyPoor" : wasPoor ? null : "review.outcome.neverPoor";
            case MOVED_AWAY -> null;
        };
    }

    /** The round closed on the day with its decision; a closed round takes no more outcomes. */
    public ReviewRound closed(LocalDate day, String decision) {
        return new ReviewRound(id, unitId, year, openedOn, day, decision);
    }
}
