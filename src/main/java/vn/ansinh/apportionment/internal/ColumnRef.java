package vn.ansinh.apportionment.internal;

import vn.ansinh.apportionment.ApportionmentException;

/** A column of a table of this year's programme or last year's, as the form names it: "bieu-1:3", "prev:bieu-1:3". */
public record ColumnRef(boolean previousYear, String table, String column) {

    public static final String EQUAL = "equal";
    private static final String PREVIOUS = "prev:";

    /** @throws ApportionmentException when the text names no column */
    public static ColumnRef parse(String key) {
        boolean previous = key != null && key.startsWith(PREVIOUS);
        String rest = key == null ? "" : previous ? key.substring(PREVIOUS.length()) : key;
        int colon = rest.lastIndexOf(':');
        if (colon <= 0 || colon == rest.length() - 1) {
            throw new ApportionmentException("apportionment.column.unknown", String.valueOf(key));
        }
        return new ColumnRef(previous, rest.substring(0, colon), rest.substring(colon + 1));
    }

    public String key() {
        return (previousYear ? PREVIOUS : "") + table + ":" + column;
    }
}
