package vn.ansinh.relief.internal.importing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a list of an event's affected households: the header as offices write it (matched without regard to
 * case), whether it must be there, and the field it fills as the page forms name it (so a problem is said the same
 * way). The relief columns may all be left out; headed, the giver and the day come with at least one of rice, money
 * or goods.
 */
public enum ReliefColumn {
    COMMUNE("Xã", true, "unitId"),
    HEAD("Chủ hộ", true, "headName"),
    VILLAGE("Thôn", true, "village"),
    HOUSEHOLD_CODE("Mã hộ", false, "householdCode"),
    DAMAGE("Thiệt hại", true, "damage"),
    PEOPLE("Số người chết/mất tích", false, "people"),
    VALUE("Giá trị thiệt hại (đồng)", false, "estimatedValue"),
    GIVER("Đơn vị hỗ trợ", false, "giver"),
    GIVEN_ON("Ngày hỗ trợ", false, "givenOn"),
    RICE("Gạo (kg)", false, "riceKg"),
    MONEY("Tiền (đồng)", false, "money"),
    GOODS("Hàng hóa", false, "goods");

    /** The relief columns, optional as a group. */
    static final Set<ReliefColumn> RELIEF = EnumSet.of(GIVER, GIVEN_ON, RICE, MONEY, GOODS);
    /** What a row's relief is given as: at least one of them when the relief columns are headed. */
    static final Set<ReliefColumn> GIVEN = EnumSet.of(RICE, MONEY, GOODS);

    private final String header;
    private final boolean required;
    private final String field;

    ReliefColumn(String header, boolean required, String field) {
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

    static Optional<ReliefColumn> of(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The column of a form's field; empty for a field no column fills (the affected household of the relief). */
    static Optional<ReliefColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
