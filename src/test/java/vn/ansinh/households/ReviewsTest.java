package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * The yearly review: each outcome sets next year's status as it says, an outcome that does not fit
 * the household is refused, a closed round takes none, and the household's history stays readable.
 * Each test reviews a commune and year of its own.
 */
@IntegrationTest
class ReviewsTest {

    private static final AccessScope ALL = AccessScope.everything();
    private static final LocalDate DAY = LocalDate.of(2093, 11, 20);

    @Autowired
    Reviews reviews;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SeedScopes scopes;
    long camNghia;

    @BeforeEach
    void setUp() {
        scopes = new SeedScopes(units, partners);
        camNghia = scopes.unit("QT.CL.NGHIA");
    }

    @Test
    void eachOutcomeSetsTheNextYearsStatus() {
        int year = 2093;
        ReviewRound round = reviews.open(camNghia, year, ALL);
        long exits = household(year, poor());
        long stays = household(year, poor());
        long nearPoor = household(year, poor());
        long newPoor = household(year, notPoor());
        long movedAway = household(year, poor());
        registry.setStatus(movedAway, new HouseholdStatus(year + 1, Classification.POOR, PoorCategory.CAN_EXIT, null, null), ALL);

        reviews.record(round.id(), decision(exits, ReviewOutcome.EXITS_POVERTY, Classification.MEDIUM, null, null), ALL);
        reviews.record(round.id(), decision(stays, ReviewOutcome.STAYS_POOR, null, PoorCategory.CANNOT_EXIT,
                CannotExitReason.ELDERLY_ALONE), ALL);
        reviews.record(round.id(), decision(nearPoor, ReviewOutcome.BECOMES_NEAR_POOR, null, null, null), ALL);
        reviews.record(round.id(), decision(newPoor, ReviewOutcome.NEW_POOR, null, PoorCategory.CAN_EXIT, null), ALL);
        reviews.record(round.id(), decision(movedAway, ReviewOutcome.MOVED_AWAY, null, null, null), ALL);

        assertThat(next(exits, year)).get().extracting(HouseholdStatus::classification).isEqualTo(Classification.MEDIUM);
        assertThat(next(stays, year)).get().extracting(HouseholdStatus::classification, HouseholdStatus::category,
                HouseholdStatus::reason).containsExactly(Classification.POOR, PoorCategory.CANNOT_EXIT,
                        CannotExitReason.ELDERLY_ALONE);
        assertThat(next(nearPoor, year)).get().extracting(HouseholdStatus::classification).isEqualTo(Classification.NEAR_POOR);
        assertThat(next(newPoor, year)).get().extracting(HouseholdStatus::category).isEqualTo(PoorCategory.CAN_EXIT);
        assertThat(next(movedAway, year)).isEmpty();
        assertThat(reviews.outcomes(round.id(), ALL)).hasSize(5);
    }

    @Test
    void aRelapseIsToldFromANewPoorHouseholdAndTheHistoryStays() {
        int year = 2095;
        long household = household(year - 1, poor());
        registry.setStatus(household, new HouseholdStatus(year, Classification.NEAR_POOR, null, null, null), ALL);
        ReviewRound earlier = reviews.open(camNghia, year - 1, ALL);
        reviews.record(earlier.id(), decision(household, ReviewOutcome.BECOMES_NEAR_POOR, null, null, null), ALL);
        ReviewRound round = reviews.open(camNghia, year, ALL);

        assertRefused(() -> reviews.record(round.id(), decision(household, ReviewOutcome.NEW_POOR, null,
                PoorCategory.CAN_EXIT, null), ALL), "review.outcome.wasPoor");
        reviews.record(round.id(), decision(household, ReviewOutcome.RELAPSED, null, PoorCategory.CAN_EXIT, null), ALL);

        assertThat(registry.history(household, ALL)).extracting(HouseholdStatus::year, HouseholdStatus::classification)
                .containsExactly(tuple(year - 1, Classification.POOR), tuple(year, Classification.NEAR_POOR),
                        tuple(year + 1, Classification.POOR));
        assertThat(reviews.history(household, ALL)).extracting(ReviewRecord::year, ReviewRecord::outcome)
                .containsExactly(tuple(year - 1, ReviewOutcome.BECOMES_NEAR_POOR), tuple(year, ReviewOutcome.RELAPSED));
    }

    @Test
    void anOutcomeThatDoesNotFitTheHouseholdIsRefusedAndChangesNothing() {
        int year = 2097;
        ReviewRound round = reviews.open(camNghia, year, ALL);
        long notPoor = household(year, notPoor());
        long poor = household(year, poor());

        assertRefused(() -> reviews.record(round.id(), decision(notPoor, ReviewOutcome.STAYS_POOR, null, null, null), ALL),
                "review.outcome.notPoor");
        assertRefused(() -> reviews.record(round.id(), decision(notPoor, ReviewOutcome.RELAPSED, null,
                PoorCategory.CAN_EXIT, null), ALL), "review.outcome.neverPoor");
        assertRefused(() -> reviews.record(round.id(), decision(poor, ReviewOutcome.NEW_POOR, null,
                PoorCategory.CAN_EXIT, null), ALL), "review.outcome.alreadyPoor");
        assertRefused(() -> reviews.record(round.id(), decision(poor, ReviewOutcome.EXITS_POVERTY, Classification.NEAR_POOR,
                null, null), ALL), "review.outcome.exitClassification");
        assertRefused(() -> reviews.open(camNghia, year, ALL), "review.exists");
        long elsewhere = householdIn(scopes.unit("QT.CL.HIEU"), year, poor());
        assertRefused(() -> reviews.record(round.id(), decision(elsewhere, ReviewOutcome.STAYS_POOR, null, null, null), ALL),
                "review.household.notInCommune");

        assertThat(next(notPoor, year)).isEmpty();
        assertThat(next(poor, year)).isEmpty();
        assertThat(reviews.outcomes(round.id(), ALL)).isEmpty();
    }

    @Test
    void anOutcomeIsCorrectedWhileTheRoundIsOpenAndNotAfterItCloses() {
        int year = 2099;
        ReviewRound round = reviews.open(camNghia, year, ALL);
        long household = household(year, poor());
        reviews.record(round.id(), decision(household, ReviewOutcome.EXITS_POVERTY, null, null, null), ALL);
        reviews.record(round.id(), decision(household, ReviewOutcome.STAYS_POOR, null, null, null), ALL);
        assertThat(next(household, year)).get().extracting(HouseholdStatus::classification).isEqualTo(Classification.POOR);

        ReviewRound closed = reviews.close(round.id(), "QĐ 123/QĐ-UBND", ALL);

        assertThat(closed.closedOn()).isNotNull();
        assertThat(closed.decisionRef()).isEqualTo("QĐ 123/QĐ-UBND");
        assertRefused(() -> reviews.record(round.id(), decision(household, ReviewOutcome.EXITS_POVERTY, null, null, null),
                ALL), "review.closed");
        assertRefused(() -> reviews.close(round.id(), "again", ALL), "review.closed");
        assertThat(reviews.outcomes(round.id(), ALL)).singleElement().extracting(ReviewRecord::outcome)
                .isEqualTo(ReviewOutcome.STAYS_POOR);
    }

    @Test
    void anOfficerOfAnotherCommuneCannotReviewThisOne() {
        assertThatThrownBy(() -> reviews.open(camNghia, 2098, scopes.communeOfficer(SeedScopes.CAM_AN)))
                .isInstanceOf(HouseholdNotFoundException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReviewRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private Optional<HouseholdStatus> next(long household, int year) {
        return registry.history(household, ALL).stream().filter(s -> s.year() == year + 1).findFirst();
    }

    @Test
    void anOutcomeInAnOpenRoundFollowsAHouseholdMovedToACommuneWhoseRoundIsOpen() {
        int year = 2063;
        long camThanh = scopes.unit("QT.CL.THANH");
        ReviewRound from = reviews.open(camNghia, year, ALL);
        ReviewRound to = reviews.open(camThanh, year, ALL);
        long moving = household(year, poor());
        reviews.record(from.id(), decision(moving, ReviewOutcome.STAYS_POOR, null, null, null), ALL);

        registry.update(moving, movedTo(moving, camThanh), ALL);

        assertThat(reviews.outcomes(from.id(), ALL)).isEmpty();
        assertThat(reviews.outcomes(to.id(), ALL)).extracting(ReviewRecord::householdId, ReviewRecord::outcome,
                ReviewRecord::unitId).containsExactly(org.assertj.core.groups.Tuple.tuple(moving, ReviewOutcome.STAYS_POOR,
                        camThanh));
        assertThat(audited(from.id() + "/" + moving)).containsExactly("UPDATE");
        assertThat(next(moving, year)).get().extracting(HouseholdStatus::classification).isEqualTo(Classification.POOR);
    }

    @Test
    void anOutcomeIsWithdrawnWhenTheNewCommuneHasNoOpenRoundAndAClosedRoundKeepsItsOutcomes() {
        int year = 2066;
        long camChinh = scopes.unit("QT.CL.CHINH");
        ReviewRound closed = reviews.open(camNghia, year - 1, ALL);
        ReviewRound open = reviews.open(camNghia, year, ALL);
        long moving = household(year, poor());
        registry.setStatus(moving, new HouseholdStatus(year - 1, Classification.POOR, PoorCategory.CAN_EXIT, null, null),
                ALL);
        reviews.record(closed.id(), decision(moving, ReviewOutcome.STAYS_POOR, null, null, null), ALL);
        reviews.close(closed.id(), "QĐ 1/QĐ-UBND", ALL);
        reviews.record(open.id(), decision(moving, ReviewOutcome.STAYS_POOR, null, null, null), ALL);

        registry.update(moving, movedTo(moving, camChinh), ALL);

        assertThat(reviews.outcomes(open.id(), ALL)).isEmpty();
        assertThat(reviews.outcomes(closed.id(), ALL)).extracting(ReviewRecord::householdId).containsExactly(moving);
        assertThat(audited(open.id() + "/" + moving)).containsExactly("DELETE");
    }

    private Household movedTo(long id, long unit) {
        Household h = registry.byId(id, ALL).orElseThrow();
        return new Household(id, unit, h.code(), h.village(), h.headName(), h.address(), h.ethnicity(), h.phone(), h.area(),
                h.members());
    }

    /** The actions the audit recorded on the outcome, other than its recording. */
    private List<String> audited(String outcome) {
        return jdbc.sql("select action from audit_event where entity_type = 'review_outcome' and entity_id = :id "
                + "and action <> 'CREATE' order by id").param("id", outcome).query(String.class).list();
    }

    private static ReviewDecision decision(long household, ReviewOutcome outcome, Classification after,
            PoorCategory category, CannotExitReason reason) {
        return new ReviewDecision(household, outcome, DAY, "QĐ 45/QĐ-UBND", after, category, reason, null);
    }

    private static HouseholdStatus poor() {
        return new HouseholdStatus(0, Classification.POOR, PoorCategory.CAN_EXIT, null, null);
    }

    private static HouseholdStatus notPoor() {
        return new HouseholdStatus(0, Classification.NOT_POOR, null, null, null);
    }

    private long household(int year, HouseholdStatus status) {
        return householdIn(camNghia, year, status);
    }

    private long householdIn(long unit, int year, HouseholdStatus status) {
        Household h = registry.register(HouseholdRegistryTest.household(unit, null), ALL);
        registry.setStatus(h.id(), new HouseholdStatus(year, status.classification(), status.category(), status.reason(),
                null), ALL);
        return h.id();
    }
}
