package vn.ansinh.allowances.internal.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a list of grants: the header as offices write it (matched without regard to case), whether it must
 * be there, and the field of the grant it fills (as the add form names it, so a problem is said the same way).
 */
public enum GrantColumn {
    COMMUNE("Xã", true, "unitId"),
    GROUP("Đối tượng", true, "group"),
    NAME("Họ tên", true, "fullName"),
    BIRTH_DATE("Ngày sinh", false, "birthDate"),
    CITIZEN_ID("Số CCCD", false, "citizenId"),
    HOUSEHOLD_CODE("Mã hộ", false, "householdCode"),
    DECISION("Quyết định", true, "decision"),
    COEFFICIENT("Hệ số", true, "coefficient"),
    FIRST_MONTH("Hưởng từ tháng", true, "firstMonth"),
    LAST_MONTH("Đến hết tháng", false, "lastMonth");

    private final String header;
    private final boolean required;
    private final String field;

    GrantColumn(String header, boolean required, String field) {
        this.header = header;
        this.required = required;
        this.field = field;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String field() {
        return field;
    }

    static Optional<GrantColumn> of(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The column of a grant's field; COMMUNE for the commune's problems. */
    static GrantColumn ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().orElse(COMMUNE);
    }
}
