package vn.ansinh.households.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.HouseholdNotFoundException;
import vn.ansinh.households.InvalidHouseholdException;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.ReviewDecision;
import vn.ansinh.households.ReviewOutcome;
import vn.ansinh.households.ReviewRecord;
import vn.ansinh.households.ReviewRound;
import vn.ansinh.households.Reviews;
import vn.ansinh.households.Sponsorships;
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportLog;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.Units;

/** The yearly review, the sponsorship of poor households and their support log, as JSON. */
@RestController
@Tag(name = "Household registry")
class ReviewApiController {

    private final Reviews reviews;
    private final Sponsorships sponsorships;
    private final SupportLog supportLog;
    private final Units units;

    ReviewApiController(Reviews reviews, Sponsorships sponsorships, SupportLog supportLog, Units units) {
        this.reviews = reviews;
        this.sponsorships = sponsorships;
        this.supportLog = supportLog;
        this.units = units;
    }

    record OpenJson(Long unitId, Integer year) {
    }

    record OutcomeJson(Long householdId, ReviewOutcome outcome, LocalDate date, String decisionRef,
            Classification classificationAfter, PoorCategory categoryAfter, CannotExitReason reasonAfter, String note) {
    }

    record CloseJson(String decisionRef) {
    }

    record SponsorJson(Long organisationId) {
    }

    record RoundJson(long id, long unitId, int year, LocalDate openedOn, LocalDate closedOn, String decisionRef,
            List<ReviewRecord> outcomes) {

        static RoundJson of(ReviewRound r, List<ReviewRecord> outcomes) {
            return new RoundJson(r.id(), r.unitId(), r.year(), r.openedOn(), r.closedOn(), r.decisionRef(), outcomes);
        }
    }

    @PostMapping("/api/v1/reviews")
    @Operation(summary = "Open a commune's review round of a year (one a year); 409 when it has one")
    ResponseEntity<RoundJson> open(@RequestBody OpenJson request, AccessScope scope) {
        if (request.unitId() == null || request.year() == null) {
            throw new InvalidHouseholdException(new FieldProblems().required("unitId", request.unitId())
                    .required("year", request.year()));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RoundJson.of(reviews.open(request.unitId(), request.year(), scope), List.of()));
    }

    @GetMapping("/api/v1/reviews")
    @Operation(summary = "The review rounds of a unit and the units below it")
    List<RoundJson> rounds(@RequestParam long unit, AccessScope scope) {
        return reviews.rounds(List.copyOf(units.withDescendants(unit)), scope).stream()
                .map(r -> RoundJson.of(r, null)).toList();
    }

    @GetMapping("/api/v1/reviews/{id}")
    @Operation(summary = "A review round with the outcomes recorded in it")
    RoundJson round(@PathVariable long id, AccessScope scope) {
        ReviewRound round = reviews.round(id, scope).orElseThrow(() -> new HouseholdNotFoundException(id));
        return RoundJson.of(round, reviews.outcomes(id, scope));
    }

    @PostMapping("/api/v1/reviews/{id}/outcomes")
    @Operation(summary = "Record a household's outcome (it sets the household's status of the next year); "
            + "409 when it does not fit the household or the round is closed")
    ReviewRecord outcome(@PathVariable long id, @RequestBody OutcomeJson o, AccessScope scope) {
        return reviews.record(id, new ReviewDecision(o.householdId() == null ? 0 : o.householdId(), o.outcome(), o.date(),
                o.decisionRef(), o.classificationAfter(), o.categoryAfter(), o.reasonAfter(), o.note()), scope);
    }

    @PostMapping("/api/v1/reviews/{id}/close")
    @Operation(summary = "Close a review round with its decision; it takes no more outcomes")
    RoundJson close(@PathVariable long id, @RequestBody CloseJson request, AccessScope scope) {
        return RoundJson.of(reviews.close(id, request.decisionRef(), scope), reviews.outcomes(id, scope));
    }

    @GetMapping("/api/v1/households/{id}/reviews")
    @Operation(summary = "A household's review outcomes, year by year")
    List<ReviewRecord> history(@PathVariable long id, AccessScope scope) {
        return reviews.history(id, scope);
    }

    @PostMapping("/api/v1/households/{id}/support")
    @Operation(summary = "Add to a household's support log: kind, quantity and its unit, value in đồng, date, organisation")
    ResponseEntity<Support> support(@PathVariable long id, @RequestBody Support entry, AccessScope scope) {
        Support saved = supportLog.record(new Support(null, id, entry.kind(), entry.quantity(), entry.quantityUnit(),
                entry.value(), entry.date(), entry.organisationId(), entry.note()), scope);
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @GetMapping("/api/v1/households/{id}/support")
    @Operation(summary = "A household's support log, oldest first")
    List<Support> supportOf(@PathVariable long id, AccessScope scope) {
        return supportLog.of(id, scope);
    }

    @PostMapping("/api/v1/households/{id}/sponsors/{year}")
    @Operation(summary = "Give a poor household that can exit its sponsoring organisation for the year "
            + "(organisationId null: none); 409 for a household that is not poor with a way out that year")
    ResponseEntity<Void> sponsor(@PathVariable long id, @PathVariable int year, @RequestBody SponsorJson request,
            AccessScope scope) {
        sponsorships.assign(id, year, request.organisationId(), scope);
        return ResponseEntity.noContent().build();
    }
}
