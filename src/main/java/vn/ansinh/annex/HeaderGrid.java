package vn.ansinh.annex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Places printed header cells the way an HTML table does: each cell takes the next free
 * slot of its row; a cell spanning rows keeps its slots taken in the rows below.
 */
public final class HeaderGrid {

    private HeaderGrid() {
    }

    /** @throws DefinitionException when the cells do not fill exactly the given number of columns */
    public static List<PlacedHeaderCell> layout(List<List<HeaderCell>> rows, int columns) {
        boolean[][] taken = new boolean[rows.size()][columns];
        List<PlacedHeaderCell> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (HeaderCell cell : rows.get(r)) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                check(c + cell.colSpan() <= columns && r + cell.rowSpan() <= rows.size(),
                        "annex.header.overflow", cell.label(), r + 1);
                take(taken, r, c, cell);
                placed.add(new PlacedHeaderCell(cell.label(), r, c, cell.rowSpan(), cell.colSpan()));
                c += cell.colSpan();
            }
            for (int col = 0; col < columns; col++) {
                check(taken[r][col], "annex.header.gap", r + 1, col + 1, columns);
            }
        }
        return placed;
    }

    /**
     * The header with only the kept columns (positions from 0): each cell spans the kept columns
     * below it and disappears when it spans none. The cells stay in the order they are placed in,
     * so the result lays out like the original with the other columns taken away.
     */
    public static List<List<HeaderCell>> keepColumns(List<List<HeaderCell>> rows, int columns, Collection<Integer> kept) {
        List<List<HeaderCell>> result = new ArrayList<>();
        rows.forEach(row -> result.add(new ArrayList<>()));
        for (PlacedHeaderCell cell : layout(rows, columns)) {
            int span = (int) IntStream.range(cell.column(), cell.column() + cell.colSpan()).filter(kept::contains).count();
            if (span > 0) {
                result.get(cell.row()).add(new HeaderCell(cell.label(), span, cell.rowSpan()));
            }
        }
        return result.stream().map(List::copyOf).toList();
    }

    /** The labels above a column, top to bottom. */
    public static List<String> path(List<PlacedHeaderCell> cells, int column) {
        return cells.stream().filter(c -> c.covers(column)).map(PlacedHeaderCell::label).toList();
    }

    private static void take(boolean[][] taken, int row, int column, HeaderCell cell) {
        for (int r = row; r < row + cell.rowSpan(); r++) {
            for (int c = column; c < column + cell.colSpan(); c++) {
                check(!taken[r][c], "annex.header.overlap", cell.label(), row + 1);
                taken[r][c] = true;
            }
        }
    }

    private static void check(boolean condition, String code, Object... arguments) {
        if (!condition) {
            throw new DefinitionException(code, arguments);
        }
    }
}
