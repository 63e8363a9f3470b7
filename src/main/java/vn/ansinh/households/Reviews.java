package vn.ansinh.households;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdStatusStore;
import vn.ansinh.households.internal.HouseholdStore;
import vn.ansinh.households.internal.ReviewStore;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/**
 * The yearly review (rà soát, 1 September – 14 December): a round per commune and year, each
 * household's outcome in it — which sets its status of the next year, the counts following — and the
 * round closed with its decision. The household's history stays: its statuses and outcomes by year.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

    private final ReviewStore store;
    private final HouseholdStore households;
    private final HouseholdStatusStore statuses;
    private final HouseholdRegistry registry;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Reviews(ReviewStore store, HouseholdStore households, HouseholdStatusStore statuses, HouseholdRegistry registry, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.households = households;
        this.statuses = statuses;
        this.registry = registry;
        this.clock = clock;
        this.events = events;
    }

    /** Opens the commune's review of the year, today; a commune has one round a year. */
    @Transactional
    public ReviewRound open(long unitId, int year, AccessScope scope) {
        if (!scope.canWrite(unitId)) {
            throw new HouseholdNotFoundException(unitId);
        }
        if (store.round(unitId, year).isPresent()) {
            throw new ReviewRefusal("review.exists", year);
        }
        ReviewRound round = new ReviewRound(null, unitId, year, LocalDate.now(clock), null, null);
        return new ReviewRound(store.insert(round), unitId, year, round.openedOn(), null, null);
    }

    /** Records (or, while the round is open, corrects) a household's outcome, and sets its next year's status. */
    @Transactional
    public ReviewRecord record(long roundId, ReviewDecision decision, AccessScope scope) {
        ReviewRound round = writableRound(roundId, scope);
        Household household = households.byId(decision.householdId()).filter(h -> h.unitId() == round.unitId())
                .orElseThrow(() -> new ReviewRefusal("review.household.notInCommune", decision.householdId()));
        if (decision.outcome() == null || decision.date() == null) {
            throw new ReviewRefusal(decision.outcome() == null ? "review.outcome.missing" : "review.date.missing");
        }
        HouseholdStatus current = statuses.status(household.id(), round.year()).orElse(null);
        String refusal = round.refusal(decision.outcome(), current, statuses.statuses(household.id()));
        if (refusal != null) {
            throw new ReviewRefusal(refusal, household.code(), round.year());
        }
        applyNextYear(round, household, decision, current, scope);
        Optional<ReviewRecord> before = store.outcome(roundId, household.id());
        ReviewRecord record = new ReviewRecord(roundId, round.year(), round.unitId(), household.id(), decision.outcome(),
                decision.date(), blankless(decision.decisionRef()), blankless(decision.note()));
        store.save(record, before.isPresent());
        events.publishEvent(new ReviewOutcomeRecorded(round.unitId(), before.orElse(null), record));
        return record;
    }

    /**
     * Records the outcomes of many households at once, all or none: when any is refused, every refused one
     * is named (by household) and nothing is saved.
     */
    @Transactional
    public List<ReviewRecord> recordAll(long roundId, List<ReviewDecision> decisions, AccessScope scope) {
        writableRound(roundId, scope);
        FieldProblems refused = new FieldProblems();
        List<ReviewRecord> recorded = new ArrayList<>();
        for (ReviewDecision decision : decisions) {
            String row = String.valueOf(decision.householdId());
            try {
                recorded.add(record(roundId, decision, scope));
            } catch (ReviewRefusal e) {
                refused.add(row, e.code(), e.arguments().toArray());
            } catch (InvalidHouseholdException e) {
                e.problems().byField().values().forEach(p -> refused.add(row, p.key(), p.arguments().toArray()));
            }
        }
        if (!refused.isEmpty()) {
            throw new ReviewBatchRefusal(refused);
        }
        return recorded;
    }

    /** Closes the round with its decision, today; it takes no more outcomes. */
    @Transactional
    public ReviewRound close(long roundId, String decisionRef, AccessScope scope) {
        ReviewRound round = writableRound(roundId, scope);
        if (!round.open()) {
            throw new ReviewRefusal("review.closed", round.year());
        }
        ReviewRound closed = round.closed(LocalDate.now(clock), blankless(decisionRef));
        store.close(closed);
        return closed;
    }

    public List<ReviewRound> rounds(List<Long> unitIds, AccessScope scope) {
        return store.rounds(unitIds.stream().filter(scope::canRead).toList());
    }

    public Optional<ReviewRound> round(long id, AccessScope scope) {
        return store.round(id).filter(r -> scope.canRead(r.unitId()));
    }

    public List<ReviewRecord> outcomes(long roundId, AccessScope scope) {
        return round(roundId, scope).map(r -> store.outcomesIn(roundId)).orElse(List.of());
    }

    /** The household's outcomes year by year; empty for one the scope cannot read. */
    public List<ReviewRecord> history(long householdId, AccessScope scope) {
        return registry.byId(householdId, scope).map(h -> store.outcomesOf(householdId)).orElse(List.of());
    }

    private void applyNextYear(ReviewRound round, Household household, ReviewDecision decision, HouseholdStatus current,
            AccessScope scope) {
        int next = round.year() + 1;
        if (decision.outcome() == ReviewOutcome.MOVED_AWAY) {
            registry.removeStatus(household.id(), next, scope);
            return;
        }
        registry.setStatus(household.id(), nextStatus(next, decision, current), scope);
    }

    private static HouseholdStatus nextStatus(int year, ReviewDecision d, HouseholdStatus current) {
        return switch (d.outcome()) {
            case STAYS_POOR -> {
                PoorCategory category = d.categoryAfter() != null ? d.categoryAfter() : current.category();
                CannotExitReason reason = category == PoorCategory.CANNOT_EXIT
                        ? (d.reasonAfter() != null ? d.reasonAfter() : current.reason()) : null;
                yield new HouseholdStatus(year, Classification.POOR, category, reason, d.note());
            }
            case EXITS_POVERTY -> {
                Classification after = d.classificationAfter() == null ? Classification.NOT_POOR : d.classificationAfter();
                if (after != Classification.MEDIUM && after != Classification.NOT_POOR) {
                    throw new ReviewRefusal("review.outcome.exitClassification");
                }
                yield new HouseholdStatus(year, after, null, null, d.note());
            }
            case BECOMES_NEAR_POOR -> new HouseholdStatus(year, Classification.NEAR_POOR, null, null, d.note());
            case NEW_POOR, RELAPSED -> new HouseholdStatus(year, Classification.POOR, d.categoryAfter(), d.reasonAfter(),
                    d.note());
            case MOVED_AWAY -> throw new IllegalStateException("no status after moving away");
        };
    }

    private ReviewRound writableRound(long roundId, AccessScope scope) {
        ReviewRound round = store.round(roundId).filter(r -> scope.canRead(r.unitId()))
                .orElseThrow(() -> new HouseholdNotFoundException(roundId));
        if (!scope.canWrite(round.unitId())) {
            throw new HouseholdNotFoundException(roundId);
        }
        return round;
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
