package vn.ansinh.annex;

/** What a column of an annex table holds. */
public enum ColumnRole {
    /** The printed row number (column A). */
    ORDINAL,
    /** The unit's name (column B). */
    UNIT,
    /** An indicator's baseline for the row's unit. */
    BASELINE,
    /** An indicator's target for the row's unit. */
    TARGET,
    /** Computed from other columns of the same row. */
    FORMULA;

    public boolean isInput() {
        return this == BASELINE || this == TARGET;
    }

    public boolean isNumeric() {
        return isInput() || this == FORMULA;
    }
}
