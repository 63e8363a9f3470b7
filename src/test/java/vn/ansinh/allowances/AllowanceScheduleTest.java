package vn.ansinh.allowances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Allowances at each change of the base for people with merit (2.055.000 đ to 30/06/2024, 2.789.000 đ from
 * 01/07/2024), and the arrears when the new level is entered late: here on 03/10/2024, so July, August and September
 * were paid at the old level.
 */
class AllowanceScheduleTest {

    static final AllowanceBase OLD = new AllowanceBase(1, AllowanceScheme.MERIT, new BigDecimal("2055000"),
            LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30), "Nghị định số 55/2023/NĐ-CP", null);
    static final AllowanceBase LATE = new AllowanceBase(2, AllowanceScheme.MERIT, new BigDecimal("2789000"),
            LocalDate.of(2024, 7, 1), null, "Nghị định số 77/2024/NĐ-CP", LocalDate.of(2024, 10, 3));
    static final AllowanceSchedule SCHEDULE = new AllowanceSchedule(List.of(LATE, OLD));

    @ParameterizedTest(name = "coefficient {0}, granted {1}–{2}: {3} is {4} đ")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1    | 2020-01 | -       | 2024-06 | 2055000
            1    | 2020-01 | -       | 2024-07 | 2789000
            2.5  | 2020-01 | -       | 2024-06 | 5137500
            2.5  | 2020-01 | -       | 2024-07 | 6972500
            1.33 | 2020-01 | -       | 2024-07 | 3709370
            0.5  | 2020-01 | -       | 2023-07 | 1027500
            1    | 2020-01 | -       | 2023-06 | 0
            1    | 2024-08 | -       | 2024-07 | 0
            1    | 2020-01 | 2024-07 | 2024-08 | 0
            """)
    void theMonthIsPaidAtTheLevelInForceOnItsFirstDay(String coefficient, String from, String to, String month, long amount) {
        Entitlement granted = new Entitlement(AllowanceScheme.MERIT, new BigDecimal(coefficient), YearMonth.parse(from),
                to == null ? null : YearMonth.parse(to));

        assertThat(SCHEDULE.monthly(granted, YearMonth.parse(month))).isEqualByComparingTo(BigDecimal.valueOf(amount));
    }

    @ParameterizedTest(name = "coefficient {0}, granted {1}–{2}: {3} months owed, {4} đ")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1    | 2020-01 | -       | 3 | 2202000
            2.5  | 2020-01 | -       | 3 | 5505000
            1    | 2024-08 | -       | 2 | 1468000
            1    | 2020-01 | 2024-07 | 1 | 734000
            1    | 2020-01 | 2024-06 | 0 | 0
            1    | 2024-10 | -       | 0 | 0
            """)
    void aLevelEnteredLateOwesEachGrantedMonthTheDifference(String coefficient, String from, String to, int months,
            long total) {
        Entitlement granted = new Entitlement(AllowanceScheme.MERIT, new BigDecimal(coefficient), YearMonth.parse(from),
                to == null ? null : YearMonth.parse(to));

        List<AllowanceSchedule.Arrear> owed = SCHEDULE.arrears(granted, LATE);

        assertThat(owed).hasSize(months);
        assertThat(AllowanceSchedule.total(owed)).isEqualByComparingTo(BigDecimal.valueOf(total));
    }

    @Test
    void eachMonthOwedSaysWhatWasPaidAndWhatWasDue() {
        Entitlement granted = new Entitlement(AllowanceScheme.MERIT, BigDecimal.ONE, YearMonth.of(2020, 1), null);

        assertThat(SCHEDULE.arrears(granted, LATE)).containsExactly(
                new AllowanceSchedule.Arrear(YearMonth.of(2024, 7), new BigDecimal("2055000"), new BigDecimal("2789000")),
                new AllowanceSchedule.Arrear(YearMonth.of(2024, 8), new BigDecimal("2055000"), new BigDecimal("2789000")),
                new AllowanceSchedule.Arrear(YearMonth.of(2024, 9), new BigDecimal("2055000"), new BigDecimal("2789000")));
    }

    @Test
    void aLevelEnteredInTimeOrOfAnotherSchemeOwesNothing() {
        Entitlement merit = new Entitlement(AllowanceScheme.MERIT, BigDecimal.ONE, YearMonth.of(2020, 1), null);
        Entitlement assisted = new Entitlement(AllowanceScheme.SOCIAL_ASSISTANCE, BigDecimal.ONE, YearMonth.of(2020, 1), null);
        AllowanceBase inTime = withEntered(LocalDate.of(2024, 7, 1));
        AllowanceBase sameMonth = withEntered(LocalDate.of(2024, 7, 20));

        assertThat(new AllowanceSchedule(List.of(OLD, inTime)).arrears(merit, inTime)).isEmpty();
        assertThat(new AllowanceSchedule(List.of(OLD, sameMonth)).arrears(merit, sameMonth))
                .as("the month it is entered is paid at the new level").isEmpty();
        assertThat(SCHEDULE.arrears(assisted, LATE)).isEmpty();
        assertThat(SCHEDULE.arrears(merit, OLD)).as("a level ansinh began with").isEmpty();
    }

    @Test
    void aLevelTakingEffectMidMonthIsPaidFromTheNextMonth() {
        AllowanceBase midMonth = new AllowanceBase(3, AllowanceScheme.MERIT, new BigDecimal("3000000"),
                LocalDate.of(2025, 3, 15), null, "Nghị định thử", LocalDate.of(2025, 6, 1));
        AllowanceSchedule schedule = new AllowanceSchedule(List.of(OLD, LATE.endingOn(LocalDate.of(2025, 3, 14)), midMonth));
        Entitlement granted = new Entitlement(AllowanceScheme.MERIT, BigDecimal.ONE, YearMonth.of(2020, 1), null);

        assertThat(schedule.monthly(granted, YearMonth.of(2025, 3))).isEqualByComparingTo("2789000");
        assertThat(schedule.monthly(granted, YearMonth.of(2025, 4))).isEqualByComparingTo("3000000");
        assertThat(schedule.arrears(granted, midMonth)).extracting(AllowanceSchedule.Arrear::month)
                .containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 5));
        assertThat(AllowanceSchedule.total(schedule.arrears(granted, midMonth))).isEqualByComparingTo("422000");
    }

    /** Re-assessed from 1 to 2,5 from August 2024: July at 1, August on at 2,5, in the allowance and the arrears. */
    @Test
    void aCoefficientChangedFromAMonthCountsFromThatMonth() {
        Entitlement granted = new Entitlement(AllowanceScheme.MERIT, BigDecimal.ONE, YearMonth.of(2020, 1), null,
                new java.util.TreeMap<>(java.util.Map.of(YearMonth.of(2024, 8), new BigDecimal("2.5"))));

        assertThat(SCHEDULE.monthly(granted, YearMonth.of(2024, 7))).isEqualByComparingTo("2789000");
        assertThat(SCHEDULE.monthly(granted, YearMonth.of(2024, 8))).isEqualByComparingTo("6972500");
        assertThat(SCHEDULE.arrears(granted, LATE)).extracting(AllowanceSchedule.Arrear::difference)
                .containsExactly(new BigDecimal("734000"), new BigDecimal("1835000"), new BigDecimal("1835000"));
    }

    private static AllowanceBase withEntered(LocalDate entered) {
        return new AllowanceBase(LATE.id(), LATE.scheme(), LATE.amount(), LATE.validFrom(), null, LATE.legalBasis(), entered);
    }
}
