package vn.ansinh.intake.workbooks;

import vn.ansinh.support.Xlsx;

/**
 * Workbooks as offices make them by hand, from the figures of the Cam Lộ 2019 programme: title rows
 * above the table, merged headers with line breaks, columns in another order, names with and without
 * "Xã"/"Thị trấn", numbers typed as text with Vietnamese separators, blank spacer rows, a total row.
 * Each also holds deliberate differences, which the tests expect to find.
 */
final class HandMadeWorkbooks {

    private HandMadeWorkbooks() {
    }

    /**
     * Biểu 1 under the office's letterhead, found by its header labels (no code row; "STT" for "TT"),
     * employed and not employed swapped, labour export moved before jobs, every number typed as text.
     * Cam An's jobs are 216, not the seed's 215; the total row is the seed's as printed, so its 1.297
     * jobs are right with 216, and its 25.073 employed, 5.316 not employed and 149 export are wrong.
     */
    static Xlsx bieu1(Xlsx x) {
        x.row("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .row("PHÒNG LAO ĐỘNG - TB&XH", null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc")
                .blankRow()
                .row("BIỂU SỐ 1: CHỈ TIÊU KẾ HOẠCH LĐ-VL-DN NĂM 2019").merge(3, 3, 0, 10)
                .row("(Kèm theo Chương trình phối hợp số …/CTrPH-UBND)").merge(4, 4, 0, 10)
                .blankRow()
                .row("STT", "Xã, thị trấn", "Số LĐ trong độ tuổi\n(Nam: 15-60 tuổi,\nNữ: 15-55 tuổi)", null, null, null,
                        null, "Chỉ tiêu thực hiện\nnăm 2019")
                .merge(6, 7, 0, 0).merge(6, 7, 1, 1).merge(6, 6, 2, 6).merge(6, 6, 7, 10)
                .row(null, null, "Trong độ tuổi", "Chưa có\nviệc làm", "số LĐ có\nviệc làm",
                        "Có tay nghề nhưng\nchưa có bằng cấp", "Chưa qua\nđào tạo", "Xuất khẩu\nlao động",
                        "Giải quyết\nviệc làm", "Đào tạo nghề", "Sát hạch cấp\nchứng chỉ nghề")
                .blankRow()
                .row("1", "Xã Cam An", "3.971", "882", "3.089", "709", "1.702", "25", "216", "74", "75")
                .row("2", "Xã Cam Thanh", "1.700", "309", "1.391", "208", "716", "9", "75", "31", "22")
                .row("3", "Cam Thuy", "3.350", "808", "2.542", "412", "1.361", "23", "197", "59", "43")
                .row("4", "xã cam hiếu", "3.423", "449", "2.974", "96", "1.268", "13", "110", "55", "10")
                .row("5", "Xã Cam Tuyền", "3.529", "509", "3.020", "384", "1.608", "14", "124", "70", "40")
                .blankRow()
                .row("6", "Xã Cam Thành", "4.151", "618", "3.533", "878", "1.768", "17", "151", "77", "93")
                .row("7", "Xã Cam Chính", "2.420", "313", "2.107", "243", "926", "9", "76", "40", "25")
                .row("8", "Xã Cam Nghĩa", "3.517", "623", "2.894", "148", "1.367", "17", "152", "59", "15")
                .row("9", "Thị trấn Cam Lộ", "4.328", "804", "3.524", "706", "1.895", "23", "196", "82", "74")
                .row(null, "Tổng cộng", "30.389", "5.316", "25.073", "3.784", "12.611", "149", "1.297", "547", "397")
                .blankRow()
                .row("Ghi chú: chỉ tiêu việc làm giao cao hơn KH của UBND huyện để phấn đấu.")
                .row(null, null, null, null, null, null, null, "NGƯỜI LẬP BIỂU");
        return x;
    }

    /**
     * Biểu 2 with a row of codes written "(1)" … "(10)=(2)-(8)" under a one-row header, the committed
     * reduction (8, 9) moved before the groups, households as numbers, rates as text — Cam Tuyền's poor
     * rate printed 9,29 (9,92 is right) — Cam Thủy's CSGN rate a percent-formatted cell, and "Cộng"
     * for the total row.
     */
    static Xlsx bieu2(Xlsx x) {
        x.row("BIỂU 2 - GIẢM NGHÈO NĂM 2019")
                .row("TT", "Đơn vị", "Tổng số hộ", "Hộ nghèo", "Tỷ lệ", "Hộ giảm", "Tỷ lệ giảm", "Hộ CS GN", "Tỷ lệ",
                        "HN cứng", "Tỷ lệ", "Hộ nghèo cuối năm", "Tỷ lệ cuối năm")
                .row("(A)", "(B)", "(1)", "(2)", "(3)", "(8)", "(9)", "(4)", "(5)", "(6)", "(7)", "(10)=(2)-(8)",
                        "(11)=(3)-(9)")
                .row(1, "Cam Tuyền", 1411, 140, "9,29", 14, "0,99", 14, "0,99", 126, "8,93", 126, "8,93")
                .row(2, "CAM THỦY", 1446, 66, "4,56", 16, "1,11", 16, 0.0111, 50, "3,46", 50, "3,46")
                .row(3, "Cam Hiếu", 1747, 85, "4,87", 13, "0,74", 13, "0,74", 72, "4,12", 72, "4,12")
                .row(4, "Cam An", 1779, 79, "4,44", 5, "0,28", 5, "0,28", 74, "4,16", 74, "4,16")
                .row(5, "Cam Thành", 2182, 76, "3,48", 14, "0,64", 14, "0,64", 62, "2,84", 62, "2,84")
                .row(6, "Thị trấn Cam Lộ", 2153, 54, "2,51", 7, "0,33", 7, "0,33", 47, "2,18", 47, "2,18")
                .row(7, "Cam Thanh", 853, 41, "4,81", 4, "0,47", 4, "0,47", 37, "4,34", 37, "4,34")
                .row(8, "Cam Nghĩa", 1647, 38, "2,31", 7, "0,43", 7, "0,43", 31, "1,88", 31, "1,88")
                .row(9, "Cam Chính", 1435, 30, "2,09", 2, "0,14", 2, "0,14", 28, "1,95", 28, "1,95")
                .row(null, "Cộng", 14653, 609, "4,16", 82, "0,56", 82, "0,56", 527, "3,60", 527, "3,60");
        return x.percentFormat(4, 8);
    }

    /**
     * Biểu 3 on a sheet named "Biểu 3", without title or group header: one header row of the
     * organisations' short names ("Tên xã" for the commune), a dash for none, no total row. Cam Hiếu's
     * row total is typed 12 (13 is right).
     */
    static Xlsx bieu3(Xlsx x) {
        x.row("STT", "Tên xã", "Hội ND", "Hội PN", "Đoàn TN", "Hội CCB", "Hội CT + khác", "Tổng cộng")
                .row(1, "Xã Cam Tuyền", 7, 4, 3, "-", "-", 14)
                .row(2, "Xã Cam Thủy", 5, 4, "-", "-", 7, 16)
                .row(3, "Xã Cam Hiếu", 2, 4, "-", 1, 6, 12)
                .row(4, "Xã Cam An", "-", "-", "-", "-", 5, 5)
                .row(5, "Xã Cam Thành", 11, 1, 1, 1, "-", 14)
                .row(6, "TT Cam Lộ", 1, 5, "-", "-", 1, 7)
                .row(7, "Xã Cam Thanh", 1, 1, 1, "-", 1, 4)
                .row(8, "Xã Cam Nghĩa", 3, 2, "-", 1, 1, 7)
                .row(9, "Xã Cam Chính", 1, 1, "-", "-", "-", 2);
        return x;
    }
}
