package vn.ansinh.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;

/**
 * "Kiểm tra số liệu" on the seed: the printed Biểu 1 total row is off by one in four columns, and
 * the text and the note repeat two of those wrong totals. Everything else agrees.
 */
@IntegrationTest
class SeedFindingsTest {

    static final long SEED = 1L;
    static final String LABOUR_TARGETS = "III. Các chỉ tiêu: › 2. Lao động -việc làm- dạy nghề:";
    static final String LABOUR_TEXT = "Trong năm phấn đấu giải quyết việc làm cho 1.297/1200 lao động, Đào tạo nghề 547 "
            + "học viên, tư vấn xuất khẩu lao động cho 149 lao động, sát hạch cấp chứng chỉ nghề 397 (Chi tiết các xã, TT Biểu 1)";
    static final String NOTE = "Ghi chú: chỉ tiêu việc làm giao có cao hơn 1297/1200 so với KH của UBND huyện giao để phấn đấu.";

    @Autowired
    FigureChecks checks;

    @Test
    void exactlyTheSevenDisagreementsOfTheSeed() {
        List<Finding> findings = checks.findings(SEED, AccessScope.everything()).orElseThrow();

        assertThat(findings).map(SeedFindingsTest::line).containsExactly(
                "bieu-1 | Tổng cộng | 2 | «25.073» 25073 | computed «25.074» 25074 | COLUMN_TOTAL [2]",
                "bieu-1 | Tổng cộng | 3 | «5.316» 5316 | computed «5.315» 5315 | COLUMN_TOTAL [3]",
                "bieu-1 | Tổng cộng | 6 | «1.297» 1297 | computed «1.296» 1296 | COLUMN_TOTAL [6]",
                "bieu-1 | Tổng cộng | 9 | «149» 149 | computed «150» 150 | COLUMN_TOTAL [9]",
                "text | " + LABOUR_TARGETS + " | null | «1.297» 1297 | computed «1.296» 1296 | TEXT_FIGURE [Biểu số 1, Tổng cộng, 6]",
                "text | " + LABOUR_TARGETS + " | null | «149» 149 | computed «150» 150 | TEXT_FIGURE [Biểu số 1, Tổng cộng, 9]",
                "bieu-1 | Ghi chú | null | «1297» 1297 | computed «1.296» 1296 | TEXT_FIGURE [Biểu số 1, Tổng cộng, 6]");
    }

    @Test
    void textFindingsQuoteTheirParagraphAndTableFindingsDoNot() {
        List<Finding> findings = checks.findings(SEED, AccessScope.everything()).orElseThrow();

        assertThat(findings).map(Finding::excerpt)
                .containsExactly(null, null, null, null, LABOUR_TEXT, LABOUR_TEXT, NOTE);
    }

    @Test
    void anUnknownProgrammeHasNoFindings() {
        assertThat(checks.findings(Long.MAX_VALUE, AccessScope.everything())).isEmpty();
    }

    /** table | row | column | «printed» value | computed «shown» value | rule [arguments] */
    static String line(Finding f) {
        return String.join(" | ", f.table(), f.row(), String.valueOf(f.column()),
                "«" + f.printed() + "» " + plain(f.printedValue()),
                "computed «" + f.computed() + "» " + plain(f.computedValue()),
                f.rule() + " " + f.ruleArguments().stream().collect(Collectors.joining(", ", "[", "]")));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
