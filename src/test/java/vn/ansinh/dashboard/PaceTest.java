package vn.ansinh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ansinh.dashboard.internal.Standings;

/** The pace of the year and the colour of a target's bar at their boundaries; the ranking's rule. */
class PaceTest {

    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    @Test
    void theShareOfTheYearGoneCountsToday() {
        assertThat(Pace.expectedPercent(2024, LocalDate.of(2023, 12, 31))).isEqualByComparingTo("0.00");
        assertThat(Pace.expectedPercent(2024, LocalDate.of(2024, 1, 1))).isEqualByComparingTo("0.27");
        assertThat(Pace.expectedPercent(2024, LocalDate.of(2024, 7, 1))).as("183 of 366 days").isEqualByComparingTo("50.00");
        assertThat(Pace.expectedPercent(2023, LocalDate.of(2023, 7, 2))).as("183 of 365 days").isEqualByComparingTo("50.14");
        assertThat(Pace.expectedPercent(2024, LocalDate.of(2024, 12, 31))).isEqualByComparingTo("100.00");
        assertThat(Pace.expectedPercent(2024, LocalDate.of(2025, 1, 1))).isEqualByComparingTo("100.00");
    }

    @Test
    void aTargetIsOnTrackFromThePaceAndALittleBehindDownToEightyPercentOfIt() {
        BigDecimal half = new BigDecimal("50.00");
        assertThat(Pace.of(new BigDecimal("50.00"), half, EIGHTY)).isEqualTo(Pace.ON_TRACK);
        assertThat(Pace.of(new BigDecimal("49.99"), half, EIGHTY)).isEqualTo(Pace.SLIGHTLY_BEHIND);
        assertThat(Pace.of(new BigDecimal("40.00"), half, EIGHTY)).isEqualTo(Pace.SLIGHTLY_BEHIND);
        assertThat(Pace.of(new BigDecimal("39.99"), half, EIGHTY)).isEqualTo(Pace.BEHIND);
        assertThat(Pace.of(new BigDecimal("130.00"), half, EIGHTY)).isEqualTo(Pace.ON_TRACK);
        assertThat(Pace.of(BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), EIGHTY)).isEqualTo(Pace.NOT_STARTED);
        assertThat(Pace.of(null, half, EIGHTY)).isEqualTo(Pace.NO_TARGET);
    }

    @Test
    void percentAchievedRoundsHalfUpAndNeedsATarget() {
        assertThat(Pace.percent(BigDecimal.ONE, BigDecimal.valueOf(8))).isEqualByComparingTo("12.50");
        assertThat(Pace.percent(BigDecimal.valueOf(2), BigDecimal.valueOf(3))).isEqualByComparingTo("66.67");
        assertThat(Pace.percent(BigDecimal.ONE, BigDecimal.valueOf(3))).isEqualByComparingTo("33.33");
        assertThat(Pace.percent(null, BigDecimal.valueOf(3))).isEqualByComparingTo("0.00");
        assertThat(Pace.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Pace.percent(BigDecimal.ONE, null)).isNull();
    }

    @Test
    void overshootingOneTargetDoesNotMakeUpForAnotherAndEqualScoresShareARank() {
        List<Dashboard.Ranked> ranked = Standings.rank(List.of(
                new Standings.Entry(1, "Cam An", List.of(new BigDecimal("200"), new BigDecimal("50"))),
                new Standings.Entry(2, "Cam Thủy", List.of(new BigDecimal("90"), new BigDecimal("90"))),
                new Standings.Entry(3, "Cam Hiếu", List.of(new BigDecimal("100"), new BigDecimal("80"))),
                new Standings.Entry(4, "Cam Tuyền", List.of(new BigDecimal("70"))),
                new Standings.Entry(5, "Cam Chính", List.of())));

        assertThat(ranked).extracting(Dashboard.Ranked::name).containsExactly("Cam Thủy", "Cam Hiếu", "Cam An", "Cam Tuyền");
        assertThat(ranked).extracting(Dashboard.Ranked::rank).containsExactly(1, 1, 3, 4);
        assertThat(ranked.get(2).score()).isEqualByComparingTo("75.00");
    }
}
