package vn.ansinh.annex;

import java.util.List;
import java.util.Map;

/**
 * A row of an annex table as its edit form shows it: the unit, and for each input column the
 * user may change, its code, label and current value as entered (vi-VN), with any problem found.
 */
public record RowEdit(long programmeId, String table, String tableTitle, long unitId, String unitLabel,
        List<Field> fields) {

    /** One input; problem is a message key (null when fine), arguments fill it. */
    public record Field(String column, String label, String value, String problem, List<Object> arguments) {

        public Field withValue(String entered, String problemKey, List<Object> problemArguments) {
            return new Field(column, label, entered, problemKey, problemArguments);
        }
    }

    public boolean valid() {
        return fields.stream().allMatch(f -> f.problem() == null);
    }

    public RowEdit withFields(List<Field> changed) {
        return new RowEdit(programmeId, table, tableTitle, unitId, unitLabel, changed);
    }

    /** The entered values by column code. */
    public static Map<String, String> entered(List<Field> fields) {
        return fields.stream().collect(java.util.stream.Collectors.toMap(Field::column, f -> f.value() == null ? "" : f.value()));
    }
}
