package vn.ansinh.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;

/**
 * The seed's three annex tables as ansinh computes them, every row and the total row, written
 * here as the printed tables read. Inputs come from the stored baselines and targets; the
 * differences, rates, row sums and the total row are computed, never copied from the file.
 */
@IntegrationTest
class SeedTablesTest {

    /** The seed programme, Cam Lộ 2019, is loaded first into an empty database. */
    static final long SEED = 1L;

    @Autowired
    AnnexTables tables;

    @Test
    void theSeedHasThreeTablesInPrintedOrder() {
        assertThat(tables.codes(SEED, AccessScope.everything())).containsExactly("bieu-1", "bieu-2", "bieu-3");
    }

    @Test
    void bieu1LabourEmploymentAndTrainingPerCommune() {
        ComputedTable table = computed("bieu-1");

        assertThat(table.definition().title()).isEqualTo("Biểu số 1: CHỈ TIÊU KẾ HOẠCH LĐ-VL-DN");
        assertThat(table.year()).isEqualTo(2019);
        assertThat(rows(table)).containsExactlyElementsOf(printed(
                "1 | Cam An     | 3.971 | 3.089 | 882 | 709 | 1.702 | 215 | 74 | 75 | 25",
                "2 | Cam Thanh  | 1.700 | 1.391 | 309 | 208 |   716 |  75 | 31 | 22 |  9",
                "3 | Cam Thủy   | 3.350 | 2.542 | 808 | 412 | 1.361 | 197 | 59 | 43 | 23",
                "4 | Cam Hiếu   | 3.423 | 2.974 | 449 |  96 | 1.268 | 110 | 55 | 10 | 13",
                "5 | Cam Tuyền  | 3.529 | 3.020 | 509 | 384 | 1.608 | 124 | 70 | 40 | 14",
                "6 | Cam Thành  | 4.151 | 3.533 | 618 | 878 | 1.768 | 151 | 77 | 93 | 17",
                "7 | Cam Chính  | 2.420 | 2.107 | 313 | 243 |   926 |  76 | 40 | 25 |  9",
                "8 | Cam Nghĩa  | 3.517 | 2.894 | 623 | 148 | 1.367 | 152 | 59 | 15 | 17",
                "9 | TT Cam Lộ  | 4.328 | 3.524 | 804 | 706 | 1.895 | 196 | 82 | 74 | 23"));
        // Printed: 25.073, 5.316, 1.297 and 149; the rows add up to these.
        assertThat(total(table)).isEqualTo(aligned(
                "Tổng cộng | 30.389 | 25.074 | 5.315 | 3.784 | 12.611 | 1.296 | 547 | 397 | 150"));
    }

    @Test
    void bieu1Header() {
        ComputedTable table = computed("bieu-1");

        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(codes(table)).containsExactly("A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(labels(table)).containsExactly(
                "TT",
                "Xã, thị trấn",
                "Số LĐ trong độ tuổi (Nam: 15-60 tuổi, Nữ: 15-55 tuổi) – Trong độ tuổi",
                "Số LĐ trong độ tuổi (Nam: 15-60 tuổi, Nữ: 15-55 tuổi) – số LĐ có việc làm",
                "Số LĐ trong độ tuổi (Nam: 15-60 tuổi, Nữ: 15-55 tuổi) – Chưa có việc làm",
                "Số LĐ trong độ tuổi (Nam: 15-60 tuổi, Nữ: 15-55 tuổi) – Có tay nghề nhưng chưa có bằng cấp",
                "Số LĐ trong độ tuổi (Nam: 15-60 tuổi, Nữ: 15-55 tuổi) – Chưa qua đào tạo",
                "Chỉ tiêu thực hiện năm 2019 – giải quyết việc làm",
                "Chỉ tiêu thực hiện năm 2019 – Đào tạo nghề",
                "Chỉ tiêu thực hiện năm 2019 – sát hạch cấp chứng chỉ nghề",
                "Chỉ tiêu thực hiện năm 2019 – Xuất khẩu lao động");
        assertThat(roles(table)).containsExactly("ORDINAL", "UNIT", "BASELINE", "BASELINE", "FORMULA 1 - 2",
                "BASELINE", "BASELINE", "TARGET", "TARGET", "TARGET", "TARGET");
        assertThat(rateColumns(table)).isEmpty();
    }

    @Test
    void bieu2PovertyReductionPerCommune() {
        ComputedTable table = computed("bieu-2");

        assertThat(table.definition().title()).isEqualTo("Biểu số 2: GIẢM NGHÈO NĂM 2019");
        assertThat(rows(table)).containsExactlyElementsOf(printed(
                "1 | Cam Tuyền  | 1.411 | 140 | 9,92 | 14 | 0,99 | 126 | 8,93 | 14 | 0,99 | 126 | 8,93",
                "2 | Cam Thủy   | 1.446 |  66 | 4,56 | 16 | 1,11 |  50 | 3,46 | 16 | 1,11 |  50 | 3,46",
                "3 | Cam Hiếu   | 1.747 |  85 | 4,87 | 13 | 0,74 |  72 | 4,12 | 13 | 0,74 |  72 | 4,12",
                "4 | Cam An     | 1.779 |  79 | 4,44 |  5 | 0,28 |  74 | 4,16 |  5 | 0,28 |  74 | 4,16",
                "5 | Cam Thành  | 2.182 |  76 | 3,48 | 14 | 0,64 |  62 | 2,84 | 14 | 0,64 |  62 | 2,84",
                "6 | TT Cam Lộ  | 2.153 |  54 | 2,51 |  7 | 0,33 |  47 | 2,18 |  7 | 0,33 |  47 | 2,18",
                "7 | Cam Thanh  |   853 |  41 | 4,81 |  4 | 0,47 |  37 | 4,34 |  4 | 0,47 |  37 | 4,34",
                "8 | Cam Nghĩa  | 1.647 |  38 | 2,31 |  7 | 0,43 |  31 | 1,88 |  7 | 0,43 |  31 | 1,88",
                "9 | Cam Chính  | 1.435 |  30 | 2,09 |  2 | 0,14 |  28 | 1,95 |  2 | 0,14 |  28 | 1,95"));
        // Total rates are rates of the totals (609 / 14.653), never sums of the rows' rates.
        assertThat(total(table)).isEqualTo(aligned(
                "Tổng cộng | 14.653 | 609 | 4,16 | 82 | 0,56 | 527 | 3,60 | 82 | 0,56 | 527 | 3,60"));
    }

    @Test
    void bieu2Header() {
        ComputedTable table = computed("bieu-2");

        assertThat(table.headerRows()).isEqualTo(3);
        assertThat(codes(table)).containsExactly("A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10=2-8", "11=3-9");
        assertThat(labels(table)).containsExactly(
                "TT",
                "Đơn vị",
                "Hộ nghèo 2019 – Tổng số (hộ)",
                "Hộ nghèo 2019 – Hộ nghèo",
                "Hộ nghèo 2019 – Tỷ lệ (%)",
                "Hộ nghèo theo nhóm đối tượng – Tổng HN CSGN – Hộ CS GN",
                "Hộ nghèo theo nhóm đối tượng – Tổng HN CSGN – Tỷ lệ (%)",
                "Hộ nghèo theo nhóm đối tượng – Tổng HN không thể thoát nghèo – HN cứng",
                "Hộ nghèo theo nhóm đối tượng – Tổng HN không thể thoát nghèo – Tỷ lệ (%)",
                "Chỉ tiêu ký kết GN 2019 – Hộ giảm",
                "Chỉ tiêu ký kết GN 2019 – Tỷ lệ giảm",
                "Hộ nghèo Dự kiến TH cuối năm 2019 – Hộ nghèo",
                "Hộ nghèo Dự kiến TH cuối năm 2019 – Tỷ lệ (%)");
        assertThat(table.column("3").orElseThrow().label()).contains("Tỷ lệ (%)");
        assertThat(roles(table)).containsExactly("ORDINAL", "UNIT", "BASELINE", "BASELINE", "FORMULA rate(2, 1)",
                "BASELINE", "FORMULA rate(4, 1)", "BASELINE", "FORMULA rate(6, 1)", "TARGET", "FORMULA rate(8, 1)",
                "FORMULA 2 - 8", "FORMULA 3 - 9");
        // 11 = 3 − 9 is a difference of rates, so it is a rate too; 10 = 2 − 8 counts households.
        assertThat(rateColumns(table)).containsExactly("3", "5", "7", "9", "11");
    }

    @Test
    void bieu3SponsoredHouseholdsPerOrganisationAndCommune() {
        ComputedTable table = computed("bieu-3");

        assertThat(table.definition().title()).isEqualTo("Biểu số 3: TỔNG HỢP SỐ LƯỢNG HỘ NGHÈO CÁC HỘI ĐOÀN THỂ 2019");
        assertThat(rows(table)).containsExactlyElementsOf(printed(
                "1 | Xã Cam Tuyền  |  7 | 4 | 3 | 0 | 0 | 14",
                "2 | Xã Cam Thủy   |  5 | 4 | 0 | 0 | 7 | 16",
                "3 | Xã Cam Hiếu   |  2 | 4 | 0 | 1 | 6 | 13",
                "4 | Xã Cam An     |  0 | 0 | 0 | 0 | 5 |  5",
                "5 | Xã Cam Thành  | 11 | 1 | 1 | 1 | 0 | 14",
                "6 | TT Cam Lộ     |  1 | 5 | 0 | 0 | 1 |  7",
                "7 | Xã Cam Thanh  |  1 | 1 | 1 | 0 | 1 |  4",
                "8 | Xã Cam Nghĩa  |  3 | 2 | 0 | 1 | 1 |  7",
                "9 | Xã Cam Chính  |  1 | 1 | 0 | 0 | 0 |  2"));
        assertThat(total(table)).isEqualTo(aligned("Tổng cộng | 31 | 22 | 5 | 3 | 21 | 82"));
    }

    @Test
    void bieu3Header() {
        ComputedTable table = computed("bieu-3");

        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(codes(table)).containsExactly("A", "B", "1", "2", "3", "4", "5", "6");
        String group = "Số lượng hộ nghèo thuộc các Hội, Đoàn thể – ";
        assertThat(labels(table)).containsExactly("TT", "Đơn vị", group + "Hội ND", group + "Hội PN",
                group + "Đoàn TN", group + "Hội CCB", group + "Hội CT+ khác", group + "Tổng cộng");
        assertThat(roles(table)).containsExactly("ORDINAL", "UNIT", "TARGET", "TARGET", "TARGET", "TARGET", "TARGET",
                "FORMULA 1 + 2 + 3 + 4 + 5");
        // Each organisation's column is that organisation's target, not the commune's.
        assertThat(table.columns().subList(2, 7)).allSatisfy(c -> assertThat(c.column().organisationId()).isNotNull());
        assertThat(table.columns().subList(2, 7).stream().map(c -> c.column().organisationId()).distinct()).hasSize(5);
        assertThat(rateColumns(table)).isEmpty();
    }

    @Test
    void rowsAreTheSameCommunesInEveryTable() {
        List<Long> bieu1 = units(computed("bieu-1"));
        assertThat(bieu1).doesNotHaveDuplicates().hasSize(9).doesNotContainNull();
        assertThat(units(computed("bieu-2"))).containsExactlyInAnyOrderElementsOf(bieu1);
        assertThat(units(computed("bieu-3"))).containsExactlyElementsOf(units(computed("bieu-2")));
        assertThat(computed("bieu-1").total().unitId()).isNull();
        assertThat(computed("bieu-1").total().ordinal()).isEmpty();
    }

    @Test
    void anUnknownTableOrProgrammeHasNoComputedTable() {
        assertThat(tables.computed(SEED, "bieu-4", AccessScope.everything())).isEmpty();
        assertThat(tables.computed(Long.MAX_VALUE, "bieu-1", AccessScope.everything())).isEmpty();
    }

    private ComputedTable computed(String code) {
        return tables.computed(SEED, code, AccessScope.everything()).orElseThrow();
    }

    /** Expected rows written aligned like the printed table; runs of spaces count as one. */
    static List<String> printed(String... rows) {
        return Stream.of(rows).map(SeedTablesTest::aligned).toList();
    }

    static String aligned(String row) {
        return row.strip().replaceAll(" +", " ");
    }

    /** "ordinal | label | values…" with every value as ansinh shows it. */
    static List<String> rows(ComputedTable table) {
        return table.rows().stream().map(row -> row.ordinal() + " | " + row.label() + " | " + values(table, row)).toList();
    }

    static String total(ComputedTable table) {
        return table.total().label() + " | " + values(table, table.total());
    }

    private static String values(ComputedTable table, ComputedRow row) {
        return table.numericColumns().stream().map(c -> c.format(row.value(c.code()))).collect(Collectors.joining(" | "));
    }

    static List<String> codes(ComputedTable table) {
        return table.columns().stream().map(c -> c.column().displayCode()).toList();
    }

    static List<String> labels(ComputedTable table) {
        return table.columns().stream().map(ComputedColumn::label).toList();
    }

    private static List<String> roles(ComputedTable table) {
        List<String> roles = new ArrayList<>();
        for (ComputedColumn column : table.columns()) {
            ColumnRole role = column.column().role();
            roles.add(role == ColumnRole.FORMULA ? role + " " + column.column().formula() : role.name());
        }
        return roles;
    }

    private static List<String> rateColumns(ComputedTable table) {
        return table.columns().stream().filter(ComputedColumn::rate).map(ComputedColumn::code).toList();
    }

    private static List<Long> units(ComputedTable table) {
        return table.rows().stream().map(ComputedRow::unitId).toList();
    }
}
