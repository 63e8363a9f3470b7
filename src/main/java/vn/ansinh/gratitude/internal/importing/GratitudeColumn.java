package vn.ansinh.gratitude.internal.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the fund's two lists: the header as offices write it (matched without regard to case, «(đồng)» may
 * be left out), whether it must be there, and the field of the entry it fills as the page's form names it (so a
 * problem is said the same way).
 */
public enum GratitudeColumn {
    CONTRIBUTION_COMMUNE(Table.CONTRIBUTIONS, "Xã", true, "unitId"),
    ORGANISATION(Table.CONTRIBUTIONS, "Tổ chức", false, "organisationId"),
    CONTRIBUTOR(Table.CONTRIBUTIONS, "Người/đơn vị đóng góp", false, "contributor"),
    MONTH(Table.CONTRIBUTIONS, "Tháng", true, "month"),
    AMOUNT(Table.CONTRIBUTIONS, "Số tiền (đồng)", true, "amount"),
    HOUSE_COMMUNE(Table.HOUSES, "Xã", true, "unitId"),
    KIND(Table.HOUSES, "Loại", true, "kind"),
    HEAD(Table.HOUSES, "Chủ hộ", true, "headName"),
    VILLAGE(Table.HOUSES, "Thôn", true, "village"),
    HOUSEHOLD_CODE(Table.HOUSES, "Mã hộ", false, "householdCode"),
    COST(Table.HOUSES, "Kinh phí (đồng)", true, "cost"),
    SOURCE(Table.HOUSES, "Nguồn kinh phí", true, "source"),
    HANDED_OVER(Table.HOUSES, "Ngày bàn giao", true, "handedOverOn");

    /** The two lists: a workbook's sheet each (by these names in the template), or a CSV of one. */
    public enum Table {
        CONTRIBUTIONS("Đóng góp"), HOUSES("Nhà tình nghĩa");

        private final String sheetName;

        Table(String sheetName) {
            this.sheetName = sheetName;
        }

        public String sheetName() {
            return sheetName;
        }

        public List<GratitudeColumn> columns() {
            return Arrays.stream(GratitudeColumn.values()).filter(c -> c.table == this).toList();
        }
    }

    private final Table table;
    private final String header;
    private final boolean required;
    private final String field;

    GratitudeColumn(Table table, String header, boolean required, String field) {
        this.table = table;
        this.header = header;
        this.required = required;
        this.field = field;
    }

    public Table table() {
        return table;
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

    static Optional<GratitudeColumn> of(Table table, String text) {
        String wanted = fold(text);
        return table.columns().stream().filter(c -> fold(c.header).equals(wanted)).findFirst();
    }

    /** The column of an entry's field in its table; the commune's for the commune's problems. */
    static GratitudeColumn ofField(Table table, String field) {
        return table.columns().stream().filter(c -> c.field.equals(field)).findFirst().orElse(table.columns().get(0));
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("(đồng)", "").strip();
    }
}
