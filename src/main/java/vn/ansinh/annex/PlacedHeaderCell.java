package vn.ansinh.annex;

/** A header cell with its place in the header grid (0-based row and column). */
public record PlacedHeaderCell(String label, int row, int column, int rowSpan, int colSpan) {

    public boolean covers(int col) {
        return column <= col && col < column + colSpan;
    }
}
