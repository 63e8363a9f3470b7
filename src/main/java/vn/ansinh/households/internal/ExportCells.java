package vn.ansinh.households.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.shared.SpreadsheetText;

/** One member's row of an exported list, in the words the import reads back. */
final class ExportCells {

    /** The column of «Ngày sinh». */
    private static final int BIRTH_DATE = 13;

    private ExportCells() {
    }

    /** The birth date is a date cell in the given style (dd/mm/yyyy), so a spreadsheet sorts and counts by it. */
    static void fill(Row row, String commune, Household h, HouseholdStatus status, Member m, CellStyle dateStyle) {
        String[] cells = {commune, h.code(), h.village(), h.address(), h.area() == vn.ansinh.poverty.Area.RURAL ? "Nông thôn"
                : "Thành thị", h.ethnicity(), h.phone(), status == null ? null : String.valueOf(status.year()),
            status == null ? null : classification(status), status == null || status.category() == null ? null
                : status.category() == vn.ansinh.households.PoorCategory.CAN_EXIT ? "CSGN" : "Không thể thoát nghèo",
            status == null || status.reason() == null ? null : reason(status), m.fullName(), m.sex() == Sex.M ? "Nam" : "Nữ",
            null, m.relation(), m.citizenId(), m.disability() ? "Có" : null,
            m.healthInsurance() ? "Có" : null, m.education(), m.employment()};
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                SpreadsheetText.text(row.createCell(c), cells[c]);
            }
        }
        if (m.birthDate() != null) {
            Cell birth = row.createCell(BIRTH_DATE);
            birth.setCellValue(m.birthDate());
            birth.setCellStyle(dateStyle);
        }
    }

    private static String classification(HouseholdStatus status) {
        return switch (status.classification()) {
            case POOR -> "Hộ nghèo";
            case NEAR_POOR -> "Hộ cận nghèo";
            case MEDIUM -> "Hộ có mức sống trung bình";
            case NOT_POOR -> "Không nghèo";
        };
    }

    private static String reason(HouseholdStatus status) {
        return switch (status.reason()) {
            case NO_LABOUR_CAPACITY -> "Không có khả năng lao động";
            case ELDERLY_ALONE -> "Người cao tuổi sống một mình";
            case SEVERE_DISABILITY -> "Khuyết tật nặng";
            case CHRONIC_ILLNESS -> "Ốm đau kinh niên";
            case OTHER -> "Khác";
        };
    }
}
