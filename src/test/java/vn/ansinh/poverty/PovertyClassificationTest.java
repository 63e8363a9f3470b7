package vn.ansinh.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.ansinh.support.IntegrationTest;

/**
 * Each standard as stored, at, just below and just above every line, with and without enough
 * deprivations: the table the law gives, row by row.
 */
@IntegrationTest
class PovertyClassificationTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Autowired
    PovertyStandards standards;
    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "{0} {1} {2} đ, {3} deprivations → {4}")
    @CsvSource({
        // QĐ 59/2015 (2016–2021), two bands: rural 700.000 / 1.000.000, urban 900.000 / 1.300.000.
        "2019, RURAL,  699999, 0, POOR",
        "2019, RURAL,  700000, 0, POOR",
        "2019, RURAL,  700001, 2, NEAR_POOR",
        "2019, RURAL,  700001, 3, POOR",
        "2019, RURAL,  999999, 2, NEAR_POOR",
        "2019, RURAL, 1000000, 2, NEAR_POOR",
        "2019, RURAL, 1000000, 3, POOR",
        "2019, RURAL, 1000001, 3, MEDIUM",
        "2019, RURAL, 1500001, 10, NOT_POOR",
        "2016, URBAN,  899999, 0, POOR",
        "2016, URBAN,  900000, 0, POOR",
        "2021, URBAN,  900001, 2, NEAR_POOR",
        "2021, URBAN,  900001, 3, POOR",
        "2020, URBAN, 1299999, 3, POOR",
        "2020, URBAN, 1300000, 2, NEAR_POOR",
        "2020, URBAN, 1300001, 3, MEDIUM",
        "2020, URBAN, 1950001, 3, NOT_POOR",
        // NĐ 07/2021 (2022–2026): rural 1.500.000, medium up to 2.250.000; urban 2.000.000 and 3.000.000.
        "2024, RURAL, 1499999, 3, POOR",
        "2024, RURAL, 1500000, 3, POOR",
        "2024, RURAL, 1500000, 2, NEAR_POOR",
        "2024, RURAL,       0, 0, NEAR_POOR",
        "2024, RURAL, 1500001, 12, MEDIUM",
        "2022, RURAL, 2249999, 0, MEDIUM",
        "2022, RURAL, 2250000, 0, MEDIUM",
        "2025, RURAL, 2250001, 0, NOT_POOR",
        "2024, URBAN, 1999999, 3, POOR",
        "2024, URBAN, 2000000, 2, NEAR_POOR",
        "2024, URBAN, 2000001, 3, MEDIUM",
        "2024, URBAN, 3000000, 3, MEDIUM",
        "2024, URBAN, 3000001, 3, NOT_POOR",
        // NĐ 351/2025 (2027–2030): rural 2.200.000, urban 2.800.000, no medium line yet.
        "2027, RURAL, 2199999, 3, POOR",
        "2027, RURAL, 2200000, 3, POOR",
        "2028, RURAL, 2200000, 2, NEAR_POOR",
        "2030, RURAL, 2200001, 3, NOT_POOR",
        "2027, URBAN, 2799999, 2, NEAR_POOR",
        "2027, URBAN, 2800000, 3, POOR",
        "2027, URBAN, 2800001, 3, NOT_POOR"})
    void theStandardOfTheYearClassifiesAtEveryLine(int year, Area area, long income, int deprivations,
            Classification expected) {
        PovertyStandard standard = standards.forYear(year).orElseThrow();
        List<String> codes = standard.indicators().stream().limit(deprivations).map(DeprivationIndicator::code).toList();

        ClassificationResult result = standards.classify(
                new ClassificationRequest(year, area, BigDecimal.valueOf(income), codes));

        assertThat(result.classification()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2016, 2016-2020", "2021, 2016-2020", "2022, 2022-2025", "2025, 2022-2025", "2026, 2022-2025",
        "2027, 2027-2030", "2030, 2027-2030"})
    void eachYearHasTheStandardInForceThen(int year, String code) {
        assertThat(standards.forYear(year)).get().extracting(PovertyStandard::code).isEqualTo(code);
    }

    @Test
    void theStandardsHaveTheirIndicatorsAndTheDraftIsMarked() {
        assertThat(standards.all()).extracting(PovertyStandard::code).containsExactly("2016-2020", "2022-2025", "2027-2030");
        assertThat(standards.all()).extracting(s -> s.indicators().size()).containsExactly(10, 12, 12);
        assertThat(standards.all()).extracting(PovertyStandard::draft).containsExactly(false, false, true);
    }

    @Test
    void theReasonSaysTheIncomeTheLineAndTheDeprivations() {
        List<String> four = List.of("EMPLOYMENT", "NUTRITION", "WATER", "TELECOM");
        ClassificationResult result = standards.classify(
                new ClassificationRequest(2024, Area.RURAL, BigDecimal.valueOf(1_200_000), four));

        assertThat(explained(result)).isEqualTo("thu nhập 1.200.000 đ ≤ chuẩn 1.500.000 đ và thiếu hụt 4/12 chỉ số → hộ nghèo");
        assertThat(explained(standards.classify(new ClassificationRequest(2019, Area.URBAN, BigDecimal.valueOf(1_100_000),
                List.of("WATER", "LATRINE"))))).isEqualTo(
                        "thu nhập 1.100.000 đ ≤ chuẩn cận nghèo 1.300.000 đ và thiếu hụt 2/10 chỉ số (dưới 3 chỉ số) → hộ cận nghèo");
        assertThat(explained(standards.classify(new ClassificationRequest(2023, Area.RURAL, BigDecimal.valueOf(2_000_000),
                List.of())))).isEqualTo("thu nhập 2.000.000 đ > chuẩn 1.500.000 đ và ≤ 2.250.000 đ → hộ có mức sống trung bình");
    }

    @Test
    void anUnknownIndicatorAYearWithoutStandardAndANegativeIncomeAreRefused() {
        assertRefused(new ClassificationRequest(2024, Area.RURAL, BigDecimal.ONE, List.of("HEALTH_CARE")),
                "deprivations", "poverty.indicator.unknown");
        assertRefused(new ClassificationRequest(2024, Area.RURAL, BigDecimal.ONE, List.of("WATER", "WATER")),
                "deprivations", "poverty.indicator.repeated");
        assertRefused(new ClassificationRequest(2015, Area.RURAL, BigDecimal.ONE, List.of()), "year", "poverty.year.uncovered");
        assertRefused(new ClassificationRequest(2031, Area.RURAL, BigDecimal.ONE, List.of()), "year", "poverty.year.uncovered");
        assertRefused(new ClassificationRequest(2024, Area.RURAL, BigDecimal.valueOf(-1), List.of()), "incomePerPerson",
                "poverty.income.negative");
        assertRefused(new ClassificationRequest(2024, null, BigDecimal.ONE, List.of()), "area", "poverty.area.missing");
        assertRefused(new ClassificationRequest(null, Area.URBAN, BigDecimal.ONE, List.of()), "year", "poverty.year.missing");
    }

    private void assertRefused(ClassificationRequest request, String field, String code) {
        assertThatThrownBy(() -> standards.classify(request)).isInstanceOfSatisfying(PovertyRefusal.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    private String explained(ClassificationResult result) {
        return messages.getMessage(result.decision().reason(), result.decision().arguments().toArray(), VI);
    }
}
