package vn.ansinh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.checks.SeedFindingsTest.LABOUR_TEXT;
import static vn.ansinh.checks.SeedFindingsTest.NOTE;
import static vn.ansinh.checks.SeedFindingsTest.SEED;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * The seed's text with its stated figures filled in from the data: the print's wrong totals become
 * the computed ones, the plan is written like every other figure ("1.200"), and what agrees stays.
 */
@IntegrationTest
class FilledTextTest {

    static final String FILLED_LABOUR_TEXT = "Trong năm phấn đấu giải quyết việc làm cho 1.296/1.200 lao động, Đào tạo "
            + "nghề 547 học viên, tư vấn xuất khẩu lao động cho 150 lao động, sát hạch cấp chứng chỉ nghề 397 "
            + "(Chi tiết các xã, TT Biểu 1)";

    @Autowired
    StatedFigures statedFigures;

    SeedScopes scopes;

    @Autowired
    void scopes(Units units, Partners partners) {
        scopes = new SeedScopes(units, partners);
    }

    @Test
    void theLabourTargetsSayTheComputedTotalsAndThePlan() {
        FilledText text = filled(AccessScope.everything());

        assertThat(text.item(LABOUR_TEXT)).isEqualTo(FILLED_LABOUR_TEXT);
        assertThat(text.note("bieu-1", NOTE))
                .isEqualTo("Ghi chú: chỉ tiêu việc làm giao có cao hơn 1.296/1.200 so với KH của UBND huyện giao để phấn đấu.");
    }

    @Test
    void figuresThatAgreeAreWrittenAsTheTablesWriteThem() {
        FilledText text = filled(AccessScope.everything());

        assertThat(text.item("Giảm nghèo năm 2019: 0,56% (chi tiết biểu số 2)")).isEqualTo("Giảm nghèo năm 2019: 0,56% (chi tiết biểu số 2)");
        assertThat(text.item("Chỉ tiêu giảm nghèo các Hội, Đoàn thể Đăng ký thoát nghèo năm 2019 (Biểu số 3) gồm: 82 hộ( 0,56%)"))
                .isEqualTo("Chỉ tiêu giảm nghèo các Hội, Đoàn thể Đăng ký thoát nghèo năm 2019 (Biểu số 3) gồm: 82 hộ( 0,56%)");
        assertThat(text.item("Đoàn thanh niên: 05 hộ")).isEqualTo("Đoàn thanh niên: 05 hộ");
        assertThat(text.item("9/9 xã, thị trấn làm tốt công tác TBLS (cam kết không có hộ nghèo thuộc chính sách người có công)."))
                .startsWith("9/9 xã, thị trấn");
    }

    @Test
    void aParagraphWithoutStatedFiguresComesBackAsItIs() {
        assertThat(filled(AccessScope.everything()).item("Phấn đấu đạt chỉ tiêu tạo việc làm"))
                .isEqualTo("Phấn đấu đạt chỉ tiêu tạo việc làm");
    }

    @Test
    void aCommuneOfficerCannotComputeTheDistrictsFiguresSoTheyStayAsPrinted() {
        FilledText text = filled(scopes.communeOfficer(CAM_AN));

        assertThat(text.item(LABOUR_TEXT)).isEqualTo(LABOUR_TEXT);
        assertThat(text.note("bieu-1", NOTE)).isEqualTo(NOTE);
    }

    @Test
    void everyCommuneWithoutTheDistrictGetsTheTotalsButNotThePlan() {
        FilledText text = filled(new AccessScope(false, scopes.communes(), scopes.communes(), null, true));

        assertThat(text.item(LABOUR_TEXT)).contains("1.296/1200 lao động").contains("cho 150 lao động");
    }

    @Test
    void aProgrammeTheScopeCannotReadHasNoText() {
        assertThat(statedFigures.filledText(SEED, AccessScope.nothing())).isEmpty();
        assertThat(statedFigures.filledText(Long.MAX_VALUE, AccessScope.everything())).isEmpty();
    }

    private FilledText filled(AccessScope scope) {
        return statedFigures.filledText(SEED, scope).orElseThrow();
    }
}
