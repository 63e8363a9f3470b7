package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * A commune's households listed at any size: the review's order (poor, near-poor, then the others, by
 * code), narrowed by village, classification and whether an outcome is recorded, found by name, code or
 * citizen ID, a page at a time with the count; and a page of outcomes saved all or none. Each test has a
 * commune of its own, so every count is exact.
 */
@IntegrationTest
class HouseholdListsTest {

    private static final AccessScope ALL = AccessScope.everything();
    private static final int YEAR = 2046;

    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Reviews reviews;
    @Autowired
    Units units;

    long commune;
    Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void aCommuneOfSixHouseholds() {
        String key = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        long province = units.add(AdministrativeUnit.create(null, UnitKind.PROVINCE, "LT." + key, "Tỉnh Thử " + key)).id();
        commune = units.add(AdministrativeUnit.create(province, UnitKind.COMMUNE, "LT." + key + ".X", "Xã Thử " + key)).id();
        add("H-003", "Thôn Một", "Trần Văn Bình", "Phạm Thị Lan", "045123456789", status(Classification.NOT_POOR));
        add("H-001", "Thôn Hai", "Lê Thị Hoa", "Lê Văn Tâm", null, status(Classification.NEAR_POOR));
        add("H-002", "Thôn Một", "Nguyễn Văn An", "Đặng Thị Yến", "045000111222",
                new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CAN_EXIT, null, null));
        add("H-004", "Thôn Hai", "Hồ Văn Nam", "Hồ Thị Mai", null, null);
        add("H-005", "Thôn Hai", "Võ Đức Sơn", "Võ Thị Vân", null,
                new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CANNOT_EXIT, CannotExitReason.ELDERLY_ALONE, null));
        add("H-006", "Thôn Ba", "Bùi Minh Cường", "Bùi Thị Thảo", null, status(Classification.MEDIUM));
    }

    @Test
    void theReviewListsPoorThenNearPoorThenTheOthersByCode() {
        ReviewRound round = reviews.open(commune, YEAR, ALL);

        assertThat(codes(all().forReview(round.id(), null))).containsExactly("H-002", "H-005", "H-001", "H-003", "H-004",
                "H-006");
        assertThat(codes(all())).containsExactly("H-001", "H-002", "H-003", "H-004", "H-005", "H-006");
    }

    @Test
    void aListIsNarrowedByVillageClassificationAndOutcome() {
        ReviewRound round = reviews.open(commune, YEAR, ALL);
        reviews.recordAll(round.id(), List.of(decision("H-005", ReviewOutcome.STAYS_POOR, null)), ALL);

        assertThat(codes(all().inVillage("Thôn Hai"))).containsExactly("H-001", "H-004", "H-005");
        assertThat(codes(all().classified(Classification.POOR, false))).containsExactly("H-002", "H-005");
        assertThat(codes(all().classified(null, true))).containsExactly("H-004");
        assertThat(codes(all().inVillage("Thôn Hai").forReview(round.id(), false))).containsExactly("H-001", "H-004");
        assertThat(codes(all().forReview(round.id(), true))).containsExactly("H-005");
        assertThat(registry.count(all().forReview(round.id(), false), ALL)).isEqualTo(5);
    }

    @Test
    void aHouseholdIsFoundByANameOfAnyMemberItsCodeOrACitizenIdOnItsDigits() {
        assertThat(codes(all().matching("lan"))).containsExactly("H-003");
        assertThat(codes(all().matching("TRẦN văn"))).containsExactly("H-003");
        assertThat(codes(all().matching("h-00"))).hasSize(6);
        assertThat(codes(all().matching("045.123.456 789"))).containsExactly("H-003");
        assertThat(codes(all().matching("123456789"))).isEmpty();
        assertThat(codes(all().matching("50%"))).isEmpty();
        assertThat(codes(all().matching("Võ Thị Vân").inVillage("Thôn Hai"))).containsExactly("H-005");
    }

    @Test
    void aNameIsFoundWithOrWithoutItsAccentsInAnyCase() {
        add("H-007", "Thôn Ba", java.text.Normalizer.normalize("Đoàn Thị Hường", java.text.Normalizer.Form.NFD),
                "Ngô Quang Đức", null, null);

        assertThat(codes(all().matching("nguyen van an"))).containsExactly("H-002");
        assertThat(codes(all().matching("NGUYEN VĂN AN"))).containsExactly("H-002");
        assertThat(codes(all().matching("dang thi yen"))).containsExactly("H-002");
        assertThat(codes(all().matching("đặng"))).containsExactly("H-002");
        assertThat(codes(all().matching("vo duc"))).containsExactly("H-005");
        assertThat(codes(all().matching("doan thi huong"))).containsExactly("H-007");
        assertThat(codes(all().matching("Hường"))).containsExactly("H-007");
        assertThat(codes(all().matching("quang duc"))).containsExactly("H-007");
        assertThat(codes(all().matching("045 000 111 222"))).containsExactly("H-002");
    }

    @Test
    void aLongListIsReadAPageAtATimeWithItsCount() {
        HouseholdListing second = registry.find(all(), 2, 4, ALL);
        HouseholdListing beyond = registry.find(all(), 9, 4, ALL);

        assertThat(second.paging().total()).isEqualTo(6);
        assertThat(second.paging().pages()).isEqualTo(2);
        assertThat(second.households()).extracting(e -> e.household().code()).containsExactly("H-005", "H-006");
        assertThat(beyond.paging().page()).isEqualTo(2);
        assertThat(beyond.households()).hasSize(2);
        assertThat(second.households().get(0).status().reason()).isEqualTo(CannotExitReason.ELDERLY_ALONE);
    }

    @Test
    void aPageOfOutcomesIsSavedAllOrNoneAndEveryRefusedHouseholdIsNamed() {
        ReviewRound round = reviews.open(commune, YEAR, ALL);
        List<ReviewDecision> batch = List.of(decision("H-002", ReviewOutcome.EXITS_POVERTY, null),
                decision("H-003", ReviewOutcome.STAYS_POOR, null), decision("H-004", ReviewOutcome.NEW_POOR, null),
                decision("H-005", ReviewOutcome.STAYS_POOR, null));

        assertThatThrownBy(() -> reviews.recordAll(round.id(), batch, ALL)).isInstanceOfSatisfying(ReviewBatchRefusal.class,
                e -> assertThat(e.problems().byField()).containsOnlyKeys(id("H-003"), id("H-004"))
                        .satisfies(p -> assertThat(p.get(id("H-003")).key()).isEqualTo("review.outcome.notPoor"))
                        .satisfies(p -> assertThat(p.get(id("H-004")).key()).isEqualTo("household.status.category.missing")));
        assertThat(reviews.outcomes(round.id(), ALL)).isEmpty();
        assertThat(registry.history(ids.get("H-002"), ALL)).extracting(HouseholdStatus::year).containsExactly(YEAR);

        List<ReviewRecord> saved = reviews.recordAll(round.id(), List.of(decision("H-002", ReviewOutcome.EXITS_POVERTY, null),
                decision("H-004", ReviewOutcome.NEW_POOR, PoorCategory.CAN_EXIT)), ALL);

        assertThat(saved).hasSize(2);
        assertThat(registry.count(all().forReview(round.id(), true), ALL)).isEqualTo(2);
        assertThat(registry.history(ids.get("H-004"), ALL)).singleElement().extracting(HouseholdStatus::classification)
                .isEqualTo(Classification.POOR);
    }

    @Test
    void aSingleHouseholdsOutcomeIsCorrectedInABatchOfOne() {
        ReviewRound round = reviews.open(commune, YEAR, ALL);
        reviews.recordAll(round.id(), List.of(decision("H-002", ReviewOutcome.EXITS_POVERTY, null)), ALL);

        reviews.recordAll(round.id(), List.of(decision("H-002", ReviewOutcome.STAYS_POOR, null)), ALL);

        assertThat(reviews.outcomes(round.id(), ALL)).singleElement().extracting(ReviewRecord::outcome)
                .isEqualTo(ReviewOutcome.STAYS_POOR);
        assertThat(registry.history(ids.get("H-002"), ALL)).extracting(HouseholdStatus::classification)
                .containsExactly(Classification.POOR, Classification.POOR);
    }

    private HouseholdQuery all() {
        return HouseholdQuery.of(List.of(commune), YEAR);
    }

    private List<String> codes(HouseholdQuery query) {
        return registry.find(query, 1, 100, ALL).households().stream().map(e -> e.household().code()).toList();
    }

    private String id(String code) {
        return String.valueOf(ids.get(code));
    }

    private ReviewDecision decision(String code, ReviewOutcome outcome, PoorCategory category) {
        return new ReviewDecision(ids.get(code), outcome, LocalDate.of(YEAR, 11, 20), "QĐ 7/QĐ-UBND", null, category, null,
                null);
    }

    private static HouseholdStatus status(Classification classification) {
        return new HouseholdStatus(YEAR, classification, null, null, null);
    }

    private void add(String code, String village, String head, String member, String citizenId, HouseholdStatus status) {
        Household household = new Household(null, commune, code, village, head, village, "Kinh", "0912345678", Area.RURAL,
                List.of(new Member(head, Sex.M, LocalDate.of(1970, 1, 1), "Chủ hộ", citizenId, false, true, null, null),
                        new Member(member, Sex.F, LocalDate.of(1975, 1, 1), "Vợ", null, false, true, null, null)));
        ids.put(code, registry.registerWithStatus(household, status, ALL).id());
    }
}
