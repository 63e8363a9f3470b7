package vn.ansinh.annex;

import java.util.List;

import vn.ansinh.targets.FigureVersion;

/**
 * A row of an annex table as its edit form shows it: the unit, the version of the unit's figures it was
 * read at, and for each input column the user may change, its code, label and value as entered (vi-VN),
 * with any problem found.
 */
public record RowEdit(long programmeId, String table, String tableTitle, long unitId, String unitLabel,
        FigureVersion version, List<Field> fields) {

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
        return new RowEdit(programmeId, table, tableTitle, unitId, unitLabel, version, changed);
    }

    /** The value of a column as this row holds it ("" for none): the other version beside a typed one. */
    public String valueOf(String column) {
        return fields.stream().filter(f -> f.column().equals(column)).map(Field::value).findFirst().orElse("");
    }
}
