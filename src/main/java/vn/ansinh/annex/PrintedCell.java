package vn.ansinh.annex;

/** A cell of a printed table: row position from 1, or 0 for the total row; column code. */
public record PrintedCell(int row, String column) {

    public static final int TOTAL_ROW = 0;
}
