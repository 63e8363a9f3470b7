package vn.ansinh.households.internal.importing;

import java.util.List;

import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.ListTemplate.Column;

/**
 * The columns of a household list as its page lists them and its template gives them: the headers the
 * reader knows (see ListColumn) and the values ListValues accepts, written as offices write them.
 */
public final class HouseholdListTemplate {

    static final List<String> YES_NO = List.of("Có", "Không");

    private HouseholdListTemplate() {
    }

    /** communes: the names of the communes the user may write, for the «Xã» drop-down. */
    public static ListTemplate of(List<String> communes) {
        return new ListTemplate("mau-danh-sach-ho.xlsx", "Danh sách hộ", List.of(
                Column.choice("Xã", true, communes),
                Column.text("Mã hộ", true, "template.note.householdCode"),
                Column.text("Thôn", false, "template.note.text"),
                Column.text("Địa chỉ", false, "template.note.text"),
                Column.choice("Khu vực", true, List.of("Nông thôn", "Thành thị")),
                Column.text("Dân tộc", false, "template.note.text"),
                Column.text("Điện thoại", false, "template.note.phone"),
                Column.text("Năm", false, "template.note.year"),
                Column.choice("Phân loại", false, List.of("Hộ nghèo", "Hộ cận nghèo", "Hộ có mức sống trung bình",
                        "Không nghèo")),
                Column.choice("Nhóm hộ nghèo", false, List.of("CSGN", "Không thể thoát nghèo")),
                Column.choice("Lý do", false, List.of("Không có khả năng lao động", "Người cao tuổi sống một mình",
                        "Khuyết tật nặng", "Ốm đau kinh niên", "Khác")),
                Column.text("Họ tên", true, "template.note.text"),
                Column.choice("Giới tính", true, List.of("Nam", "Nữ")),
                Column.text("Ngày sinh", false, "template.note.date"),
                Column.text("Quan hệ với chủ hộ", true, "template.note.relation"),
                Column.text("Số CCCD", false, "template.note.citizenId"),
                Column.choice("Khuyết tật", false, YES_NO),
                Column.choice("BHYT", false, YES_NO),
                Column.text("Trình độ học vấn", false, "template.note.text"),
                Column.text("Việc làm", false, "template.note.text")));
    }
}
