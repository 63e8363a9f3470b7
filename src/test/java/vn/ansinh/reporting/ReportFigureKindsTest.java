package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * A report's count of people is a whole number; a commune's own «k of n» figure («xã không có hộ
 * nghèo thuộc chính sách NCC») is 1 or 0; a rate may have a fraction. Refused with the figure named.
 */
@IntegrationTest
class ReportFigureKindsTest {

    private static final AccessScope OFFICE = AccessScope.everything();
    private static final int YEAR = 2097;

    @Autowired
    Reports reports;
    @Autowired
    Indicators indicators;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    MessageSource messages;

    Report report;
    long jobs;
    long noPoorMerit;

    @BeforeEach
    void setUp() {
        long programme = SeedOfYear.of(jdbc, importer, YEAR).programmeId();
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        long march = reports.periods(programme, OFFICE).stream().filter(p -> p.code().equals(YEAR + "-03")).findFirst()
                .orElseThrow().id();
        report = reports.open(march, ReporterKind.UNIT, camAn, "canbo", OFFICE);
        jobs = indicators.byCode("JOBS_CREATED").orElseThrow().id();
        noPoorMerit = indicators.byCode("MERIT_COMMUNES_NO_POOR").orElseThrow().id();
    }

    @Test
    void aFractionalCountIsRefusedNamingTheFigure() {
        assertThatThrownBy(() -> save(Map.of(jobs, new BigDecimal("12.5")))).isInstanceOfSatisfying(ReportRefusal.class,
                e -> assertThat(messages.getMessage(e.code(), e.arguments().toArray(), Locale.forLanguageTag("vi-VN")))
                        .isEqualTo("«Giải quyết việc làm» đếm theo người nên phải là số nguyên, không phải 12,5"));
        assertThat(save(Map.of(jobs, new BigDecimal("12"))).figures()).anySatisfy(f -> {
            assertThat(f.indicatorId()).isEqualTo(jobs);
            assertThat(f.amount()).isEqualByComparingTo("12");
        });
    }

    @Test
    void aCommunesKOfNFigureIsOneOrZero() {
        assertThat(report.figures()).anySatisfy(f -> assertThat(f.indicatorId()).isEqualTo(noPoorMerit));
        for (String wrong : new String[] {"9", "2", "0.5"}) {
            assertThatThrownBy(() -> save(Map.of(noPoorMerit, new BigDecimal(wrong))))
                    .isInstanceOfSatisfying(ReportRefusal.class, e -> assertThat(e.code()).isEqualTo("report.refused.yesOrNo"));
        }
        assertThat(save(Map.of(noPoorMerit, BigDecimal.ONE)).figures()).anySatisfy(f -> {
            assertThat(f.indicatorId()).isEqualTo(noPoorMerit);
            assertThat(f.amount()).isEqualByComparingTo("1");
        });
    }

    @Test
    void whatIsCountedAndWhatIsAYesOrNoFollowsTheIndicator() {
        assertThat(indicators.byCode("JOBS_CREATED").orElseThrow().counts()).isTrue();
        assertThat(indicators.byCode("POOR_HOUSEHOLDS").orElseThrow().counts()).isTrue();
        assertThat(indicators.byCode("POOR_RATE").orElseThrow().counts()).isFalse();
        assertThat(indicators.byCode("MERIT_COMMUNES_NO_POOR").orElseThrow().yesOrNo()).isTrue();
        assertThat(indicators.byCode("JOBS_CREATED").orElseThrow().yesOrNo()).isFalse();
    }

    private Report save(Map<Long, BigDecimal> amounts) {
        Report current = reports.byId(report.id(), OFFICE);
        return reports.save(current.id(), current.version(), amounts, null, null, "canbo", OFFICE);
    }
}
