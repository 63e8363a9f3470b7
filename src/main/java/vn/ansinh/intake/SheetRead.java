package vn.ansinh.intake;

/**
 * A sheet read as an annex table: which table, how its columns were found (by the row of column
 * codes, or by the header labels) and how many unit rows it holds.
 */
public record SheetRead(String sheet, String table, String tableTitle, boolean byCodes, int rows) {
}
