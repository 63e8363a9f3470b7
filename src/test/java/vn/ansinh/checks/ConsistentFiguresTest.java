package vn.ansinh.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.intake.ImportCounts;
import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;

/**
 * The checks find nothing in a programme whose printed figures agree, and exactly the one
 * figure that was made wrong otherwise. Each test imports a corrected copy of the seed for
 * another year inside the test's transaction, which is rolled back afterwards.
 */
@IntegrationTest
@Transactional
class ConsistentFiguresTest {

    @Autowired
    ProgrammeImporter importer;

    @Autowired
    FigureChecks checks;

    /** The seed with its Biểu 1 total row, the text and the note printed as the rows add up. */
    static ProgrammeYaml consistentSeed(int year) {
        return ProgrammeYaml.seed().withYear(year)
                .replace("""
                        "Tổng cộng", "30.389", "25.073", "5.316", "3.784", "12.611", "1.297", "547", "397", "149"]""", """
                        "Tổng cộng", "30.389", "25.074", "5.315", "3.784", "12.611", "1.296", "547", "397", "150"]""")
                .replace("giải quyết việc làm cho 1.297/1200", "giải quyết việc làm cho 1.296/1200")
                .replace("{printed: \"1.297\", cell:", "{printed: \"1.296\", cell:")
                .replace("xuất khẩu lao động cho 149 lao động", "xuất khẩu lao động cho 150 lao động")
                .replace("{printed: \"149\", cell:", "{printed: \"150\", cell:")
                .replace("cao hơn 1297/1200", "cao hơn 1296/1200")
                .replace("{printed: \"1297\", cell:", "{printed: \"1296\", cell:");
    }

    @Test
    void consistentFiguresYieldNoFinding() {
        ImportResult result = consistentSeed(2036).importWith(importer, "cam-lo-2036.yaml", false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.committed()).isTrue();
        assertThat(result.programmeId()).isNotNull().isNotEqualTo(SeedFindingsTest.SEED);
        // Units, organisations and indicators are the seed's, reused; the figures are the year's own.
        assertThat(result.created()).isEqualTo(new ImportCounts(0, 0, 0, 1, 3, 175, 17, 0));
        assertThat(checks.findings(result.programmeId(), AccessScope.everything()).orElseThrow()).isEmpty();
    }

    @Test
    void oneWrongPrintedRateIsOneFormulaFinding() {
        ImportResult result = consistentSeed(2038)
                .replace("\"Cam Tuyền\", \"1.411\", \"140\", \"9,92\"", "\"Cam Tuyền\", \"1.411\", \"140\", \"9,93\"")
                .importWith(importer, "cam-lo-2038.yaml", false);

        assertThat(result.errors()).isEmpty();
        assertThat(checks.findings(result.programmeId(), AccessScope.everything()).orElseThrow()).map(SeedFindingsTest::line).containsExactly(
                "bieu-2 | Cam Tuyền | 3 | «9,93» 9.93 | computed «9,92» 9.92 | FORMULA [3, 2 ÷ 1 × 100]");
    }

    @Test
    void aRateThatRoundsToThePrintedFigureAgrees() {
        // 140 ÷ 1.411 × 100 = 9,922…% and 66 ÷ 1.446 × 100 = 4,564…%: printed with one decimal they
        // read 9,9 and 4,6, and a rate is compared at the decimals it is printed with.
        ImportResult result = consistentSeed(2049)
                .replace("\"Cam Tuyền\", \"1.411\", \"140\", \"9,92\"", "\"Cam Tuyền\", \"1.411\", \"140\", \"9,9\"")
                .replace("\"Cam Thủy\", \"1.446\", \"66\", \"4,56\"", "\"Cam Thủy\", \"1.446\", \"66\", \"4,6\"")
                .importWith(importer, "cam-lo-2049.yaml", false);

        assertThat(result.errors()).isEmpty();
        assertThat(checks.findings(result.programmeId(), AccessScope.everything()).orElseThrow()).isEmpty();
    }

    @Test
    void biểu3RowsThatDisagreeWithBiểu2AreCrossTableFindings() {
        // One Hội ND household moves from Cam Tuyền to Cam Thủy: column totals stay 31/22/5/3/21/82,
        // but the two communes no longer sponsor their committed 14 and 16 exits.
        ImportResult result = consistentSeed(2050)
                .replace("[\"1\", \"Xã Cam Tuyền\", 7, 4, 3, 0, 0, 14]", "[\"1\", \"Xã Cam Tuyền\", 6, 4, 3, 0, 0, 13]")
                .replace("[\"2\", \"Xã Cam Thủy\", 5, 4, 0, 0, 7, 16]", "[\"2\", \"Xã Cam Thủy\", 6, 4, 0, 0, 7, 17]")
                .importWith(importer, "cam-lo-2050.yaml", false);

        assertThat(result.errors()).isEmpty();
        assertThat(checks.findings(result.programmeId(), AccessScope.everything()).orElseThrow()).map(SeedFindingsTest::line).containsExactly(
                "bieu-3 | Xã Cam Tuyền | 6 | «13» 13 | computed «14» 14 | CROSS_TABLE [6, Biểu số 2, 8]",
                "bieu-3 | Xã Cam Thủy | 6 | «17» 17 | computed «16» 16 | CROSS_TABLE [6, Biểu số 2, 8]");
    }
}
