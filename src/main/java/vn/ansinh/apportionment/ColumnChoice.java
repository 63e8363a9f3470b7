package vn.ansinh.apportionment;

/**
 * A column to split into or to split by: key as the form sends it ("bieu-1:6", "prev:bieu-1:3"),
 * the table's short title, the column's printed code and header label, and the programme's year.
 */
public record ColumnChoice(String key, String table, String code, String label, int year) {
}
