package vn.ansinh.labour.internal.importing;

import java.util.List;

import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.ListTemplate.Column;

/**
 * The columns of the labour lists as their page lists them and their templates give them: a record
 * list (RecordColumn, the values of RecordValues) and a person list (PersonListImport's columns).
 */
public final class LabourListTemplate {

    private LabourListTemplate() {
    }

    /** communes: the names of the communes the user may write, for the «Xã» drop-down. */
    public static ListTemplate records(List<String> communes) {
        return new ListTemplate("mau-ho-so-lao-dong.xlsx", "Hồ sơ lao động", List.of(
                Column.choice("Loại", false, List.of("Giải quyết việc làm", "Đào tạo nghề", "Chứng chỉ nghề",
                        "Tư vấn XKLĐ", "Đăng ký XKLĐ", "Xuất cảnh", "Về nước trước hạn")),
                Column.choice("Xã", true, communes),
                Column.text("Ngày", true, "template.note.recordDate"),
                Column.text("Họ tên", true, "template.note.text"),
                Column.choice("Giới tính", true, List.of("Nam", "Nữ")),
                Column.text("Ngày sinh", false, "template.note.date"),
                Column.text("Số CCCD", false, "template.note.citizenId"),
                Column.choice("Nơi làm việc", false, List.of("Tại xã", "Trong tỉnh", "Ngoài tỉnh", "Nước ngoài")),
                Column.text("Ngành nghề", false, "template.note.text"),
                Column.text("Nơi tuyển dụng", false, "template.note.text"),
                Column.text("Mã khóa học", false, "template.note.course"),
                Column.text("Ngày hoàn thành", false, "template.note.date"),
                Column.text("Nghề", false, "template.note.text"),
                Column.text("Trình độ", false, "template.note.text"),
                Column.text("Nước đến", false, "template.note.text"),
                Column.text("Thời hạn hợp đồng", false, "template.note.months"),
                Column.text("Ghi chú", false, "template.note.text")));
    }

    public static ListTemplate persons(List<String> communes) {
        return new ListTemplate("mau-danh-sach-nguoi-lao-dong.xlsx", "Người lao động", List.of(
                Column.choice("Xã", true, communes),
                Column.text("Họ tên", true, "template.note.text"),
                Column.choice("Giới tính", true, List.of("Nam", "Nữ")),
                Column.text("Ngày sinh", true, "template.note.date"),
                Column.choice("Có việc làm", true, List.of("Có", "Không")),
                Column.choice("Trình độ", true, List.of("Chưa qua đào tạo", "Có tay nghề chưa có bằng", "Có chứng chỉ")),
                Column.text("Chứng chỉ", false, "template.note.text")));
    }
}
