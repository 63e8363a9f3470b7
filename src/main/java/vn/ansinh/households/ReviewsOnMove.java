package vn.ansinh.households;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.ansinh.households.internal.ReviewStore;

/**
 * What a move to another commune does to the household's review outcomes. An outcome in the old commune's open
 * round follows the household into the new commune's open round of the same year — it was recorded for the
 * household, and the new commune now answers for it; where the new commune has no open round that year, it is
 * withdrawn from the old round, and the household is «chưa có kết quả» when the new commune reviews it. Its
 * status of the next year, which the outcome set, moves with the household either way. Outcomes of closed rounds
 * stay with the old commune: they were decided there.
 */
@Component
class ReviewsOnMove {

    private final ReviewStore store;
    private final ApplicationEventPublisher events;

    ReviewsOnMove(ReviewStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** In the move's transaction: each open-round outcome of the household in from, moved or withdrawn, audited. */
    void follow(long householdId, long from, long to) {
        for (ReviewRecord outcome : store.openOutcomesOf(householdId, from)) {
            Optional<ReviewRound> there = store.round(to, outcome.year()).filter(ReviewRound::open);
            store.deleteOutcome(outcome.roundId(), householdId);
            if (there.isEmpty()) {
                events.publishEvent(new ReviewOutcomeMoved(from, outcome, null));
                continue;
            }
            long round = there.get().id();
            Optional<ReviewRecord> earlier = store.outcome(round, householdId);
            ReviewRecord moved = new ReviewRecord(round, outcome.year(), to, householdId, outcome.outcome(),
                    outcome.date(), outcome.decisionRef(), outcome.note());
            store.save(moved, earlier.isPresent());
            events.publishEvent(new ReviewOutcomeMoved(to, outcome, moved));
        }
    }
}
