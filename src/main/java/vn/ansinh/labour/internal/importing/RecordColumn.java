package vn.ansinh.labour.internal.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.ansinh.shared.TextKeys;

/** The columns of a labour record list, with the headers offices write for them (compared as keys). */
enum RecordColumn {
    KIND(false, "loai", "loaihoso", "kind"),
    COMMUNE(true, "xa", "xaphuong", "xathitran", "donvi", "commune"),
    DATE(true, "ngay", "ngaycovieclam", "ngayvaohoc", "ngaycap", "ngayxuatcanh", "date"),
    NAME(true, "hoten", "hovaten", "name", "fullname"),
    SEX(true, "gioitinh", "gioi", "sex"),
    BIRTH_DATE(false, "ngaysinh", "birthdate"),
    CITIZEN_ID(false, "socccd", "cccd", "socancuoc", "cmnd", "citizenid"),
    PLACE(false, "noilamviec", "place"),
    SECTOR(false, "nganhnghe", "linhvuc", "sector"),
    EMPLOYER(false, "noituyendung", "doanhnghiep", "congty", "employer", "company"),
    COURSE(false, "makhoahoc", "khoahoc", "course"),
    COMPLETED(false, "ngayhoanthanh", "completedon"),
    OCCUPATION(false, "nghe", "nghedaotao", "occupation"),
    LEVEL(false, "trinhdo", "capdo", "level"),
    COUNTRY(false, "nuocden", "thitruong", "country"),
    CONTRACT(false, "thoihanhopdong", "thoihanhopdongthang", "contractmonths"),
    NOTE(false, "ghichu", "note");

    private final boolean required;
    private final List<String> headers;

    RecordColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** Where a text of the column is stored, for its length; none for a choice, a date or a number. */
    String stored() {
        return switch (this) {
            case NAME -> "labour_record.full_name";
            case CITIZEN_ID -> "labour_record.citizen_id";
            case SECTOR -> "labour_record.sector";
            case EMPLOYER -> "labour_record.employer";
            case OCCUPATION -> "labour_record.occupation";
            case LEVEL -> "labour_record.level";
            case COUNTRY -> "labour_record.country";
            case NOTE -> "labour_record.note";
            default -> null;
        };
    }

    boolean required() {
        return required;
    }

    String header() {
        return headers.get(0);
    }

    static Optional<RecordColumn> of(String header) {
        String key = TextKeys.key(header);
        return Arrays.stream(values()).filter(c -> c.headers.contains(key)).findFirst();
    }
}
