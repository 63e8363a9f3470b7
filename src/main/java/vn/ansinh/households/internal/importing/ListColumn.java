package vn.ansinh.households.internal.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.ansinh.shared.TextKeys;

/**
 * The columns of a household list, one row per member, with the headers offices write for them
 * (compared without case, diacritics, spaces or punctuation) and the English name of the column.
 */
enum ListColumn {
    COMMUNE(true, "xa", "xaphuong", "xathitran", "xaphuongthitran", "tenxa", "donvi", "commune"),
    HOUSEHOLD_CODE(true, "maho", "mahogiadinh", "mahongheo", "householdcode", "code"),
    VILLAGE(false, "thon", "thonban", "thonxom", "thonkhupho", "village"),
    ADDRESS(false, "diachi", "address"),
    AREA(true, "khuvuc", "area"),
    ETHNICITY(false, "dantoc", "ethnicity"),
    PHONE(false, "dienthoai", "sodienthoai", "sdt", "phone"),
    YEAR(false, "nam", "namphanloai", "namrasoat", "year"),
    CLASSIFICATION(false, "phanloai", "phanloaiho", "classification"),
    CATEGORY(false, "nhomhongheo", "nhom", "category"),
    REASON(false, "lydo", "lydokhongthethoatngheo", "reason"),
    NAME(true, "hoten", "hovaten", "hotenthanhvien", "name", "fullname"),
    SEX(true, "gioitinh", "gioi", "sex"),
    BIRTH_DATE(false, "ngaysinh", "birthdate"),
    RELATION(true, "quanhe", "quanhevoichuho", "relation"),
    CITIZEN_ID(false, "socccd", "cccd", "socancuoc", "socancuoccongdan", "cmnd", "socmnd", "cccdcmnd", "citizenid"),
    DISABILITY(false, "khuyettat", "disability"),
    HEALTH_INSURANCE(false, "bhyt", "baohiemyte", "cobhyt", "healthinsurance"),
    EDUCATION(false, "trinhdohocvan", "hocvan", "trinhdo", "education"),
    EMPLOYMENT(false, "vieclam", "tinhtrangvieclam", "nghenghiep", "employment");

    private final boolean required;
    private final List<String> headers;

    ListColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    boolean required() {
        return required;
    }

    /** Where a text of the column is stored ("table.column"), for its length; none for a choice, a date or a flag. */
    String stored() {
        return switch (this) {
            case HOUSEHOLD_CODE -> "household.code";
            case VILLAGE -> "household.village";
            case ADDRESS -> "household.address";
            case ETHNICITY -> "household.ethnicity";
            case PHONE -> "household.phone";
            case NAME -> "household_member.full_name";
            case RELATION -> "household_member.relation";
            case CITIZEN_ID -> "household_member.citizen_id";
            case EDUCATION -> "household_member.education";
            case EMPLOYMENT -> "household_member.employment";
            default -> null;
        };
    }

    /** The header as the README documents it: the first Vietnamese name. */
    String header() {
        return headers.get(0);
    }

    static Optional<ListColumn> of(String header) {
        String key = TextKeys.key(header);
        return Arrays.stream(values()).filter(c -> c.headers.contains(key)).findFirst();
    }
}
