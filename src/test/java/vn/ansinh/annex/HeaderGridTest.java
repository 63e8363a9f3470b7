package vn.ansinh.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderGridTest {

    /** Biểu 2's printed header: 13 columns under three header rows. */
    static final List<List<HeaderCell>> BIEU_2 = List.of(
            List.of(cell("TT", 1, 3), cell("Đơn vị", 1, 3), cell("Hộ nghèo 2019", 3, 1),
                    cell("Hộ nghèo theo nhóm đối tượng", 4, 1), cell("Chỉ tiêu ký kết GN 2019", 2, 2),
                    cell("Hộ nghèo Dự kiến TH cuối năm 2019", 2, 2)),
            List.of(cell("Tổng số (hộ)", 1, 2), cell("Hộ nghèo", 1, 2), cell("Tỷ lệ (%)", 1, 2),
                    cell("Tổng HN CSGN", 2, 1), cell("Tổng HN không thể thoát nghèo", 2, 1)),
            List.of(cell("Hộ CS GN"), cell("Tỷ lệ (%)"), cell("HN cứng"), cell("Tỷ lệ (%)"), cell("Hộ giảm"),
                    cell("Tỷ lệ giảm"), cell("Hộ nghèo"), cell("Tỷ lệ (%)")));

    static HeaderCell cell(String label, int cols, int rows) {
        return new HeaderCell(label, cols, rows);
    }

    static HeaderCell cell(String label) {
        return cell(label, 1, 1);
    }

    @Test
    void placesBiểu2LikeAnHtmlTable() {
        List<PlacedHeaderCell> placed = HeaderGrid.layout(BIEU_2, 13);

        // label @ row,column  rows×columns
        assertThat(placed).map(c -> c.label() + " @" + c.row() + "," + c.column() + " " + c.rowSpan() + "×" + c.colSpan())
                .containsExactly(
                        "TT @0,0 3×1",
                        "Đơn vị @0,1 3×1",
                        "Hộ nghèo 2019 @0,2 1×3",
                        "Hộ nghèo theo nhóm đối tượng @0,5 1×4",
                        "Chỉ tiêu ký kết GN 2019 @0,9 2×2",
                        "Hộ nghèo Dự kiến TH cuối năm 2019 @0,11 2×2",
                        "Tổng số (hộ) @1,2 2×1",
                        "Hộ nghèo @1,3 2×1",
                        "Tỷ lệ (%) @1,4 2×1",
                        "Tổng HN CSGN @1,5 1×2",
                        "Tổng HN không thể thoát nghèo @1,7 1×2",
                        "Hộ CS GN @2,5 1×1",
                        "Tỷ lệ (%) @2,6 1×1",
                        "HN cứng @2,7 1×1",
                        "Tỷ lệ (%) @2,8 1×1",
                        "Hộ giảm @2,9 1×1",
                        "Tỷ lệ giảm @2,10 1×1",
                        "Hộ nghèo @2,11 1×1",
                        "Tỷ lệ (%) @2,12 1×1");
    }

    @Test
    void theLabelsAboveAColumnTopToBottom() {
        List<PlacedHeaderCell> placed = HeaderGrid.layout(BIEU_2, 13);

        assertThat(HeaderGrid.path(placed, 0)).containsExactly("TT");
        assertThat(HeaderGrid.path(placed, 4)).containsExactly("Hộ nghèo 2019", "Tỷ lệ (%)");
        assertThat(HeaderGrid.path(placed, 6)).containsExactly("Hộ nghèo theo nhóm đối tượng", "Tổng HN CSGN", "Tỷ lệ (%)");
        assertThat(HeaderGrid.path(placed, 7))
                .containsExactly("Hộ nghèo theo nhóm đối tượng", "Tổng HN không thể thoát nghèo", "HN cứng");
        assertThat(HeaderGrid.path(placed, 10)).containsExactly("Chỉ tiêu ký kết GN 2019", "Tỷ lệ giảm");
        assertThat(HeaderGrid.path(placed, 12)).containsExactly("Hộ nghèo Dự kiến TH cuối năm 2019", "Tỷ lệ (%)");
    }

    @Test
    void aRowThatLeavesAColumnUncoveredIsAGap() {
        List<List<HeaderCell>> header = new ArrayList<>(BIEU_2);
        header.set(2, BIEU_2.get(2).subList(0, 7));

        assertRefused(header, 13, "annex.header.gap", 3, 13, 13);
        // Declaring 14 columns leaves the last one uncovered in the first row already.
        assertRefused(BIEU_2, 14, "annex.header.gap", 1, 14, 14);
    }

    @Test
    void aCellReachingPastTheLastColumnOrHeaderRowOverflows() {
        assertRefused(BIEU_2, 12, "annex.header.overflow", "Hộ nghèo Dự kiến TH cuối năm 2019", 1);

        List<List<HeaderCell>> tooTall = new ArrayList<>(BIEU_2);
        tooTall.set(0, replaceFirst(BIEU_2.get(0), cell("TT", 1, 4)));
        assertRefused(tooTall, 13, "annex.header.overflow", "TT", 1);
    }

    @Test
    void aCellOverAColumnTakenByACellFromAboveOverlaps() {
        // "B" spans two header rows in column 1; "X" starts in column 0 of the second row and spans two columns.
        List<List<HeaderCell>> header = List.of(
                List.of(cell("A"), cell("B", 1, 2), cell("C")),
                List.of(cell("X", 2, 1), cell("Y")));

        assertRefused(header, 3, "annex.header.overlap", "X", 2);
    }

    private static List<HeaderCell> replaceFirst(List<HeaderCell> row, HeaderCell first) {
        List<HeaderCell> cells = new ArrayList<>(row);
        cells.set(0, first);
        return cells;
    }

    private static void assertRefused(List<List<HeaderCell>> header, int columns, String code, Object... arguments) {
        assertThatThrownBy(() -> HeaderGrid.layout(header, columns)).isInstanceOfSatisfying(DefinitionException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
