package vn.ansinh.intake.internal.sheets;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.ansinh.annex.ComputedTable;

/**
 * Which annex table a sheet holds: the one its title rows name ("Biểu số 2: GIẢM NGHÈO …"), else the
 * one its name names ("Biểu 2", "bieu-2"), else the one whose every input column its header has.
 */
final class TableRecognizer {

    /** Titles stand in the first rows. */
    private static final int TITLE_ROWS = 10;

    private TableRecognizer() {
    }

    static Optional<ComputedTable> recognize(SheetCells cells, Collection<ComputedTable> tables) {
        return byTitle(cells, tables).or(() -> byName(cells, tables)).or(() -> byHeader(cells, tables));
    }

    private static Optional<ComputedTable> byTitle(SheetCells cells, Collection<ComputedTable> tables) {
        int last = Math.min(cells.lastRow(), TITLE_ROWS - 1);
        int width = cells.width(last);
        for (int r = 0; r <= last; r++) {
            for (int c = 0; c < width; c++) {
                String text = cells.text(r, c);
                List<ComputedTable> named = tables.stream()
                        .filter(t -> Labels.titleStartsWith(text, key(t))).toList();
                if (named.size() == 1) {
                    return Optional.of(named.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ComputedTable> byName(SheetCells cells, Collection<ComputedTable> tables) {
        String name = Labels.tableKey(cells.name());
        List<ComputedTable> named = tables.stream()
                .filter(t -> name.equals(key(t)) || name.equals(Labels.tableKey(t.code()))).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The table with the most columns found, of those whose unit column and every input column are. */
    private static Optional<ComputedTable> byHeader(SheetCells cells, Collection<ComputedTable> tables) {
        return tables.stream()
                .filter(t -> complete(LayoutFinder.find(cells, t), t))
                .max(Comparator.comparingInt(t -> LayoutFinder.find(cells, t).columns().size()));
    }

    static boolean complete(SheetLayout layout, ComputedTable table) {
        return table.columns().stream()
                .filter(c -> c.column().role().isInput() || c.column().role() == vn.ansinh.annex.ColumnRole.UNIT)
                .allMatch(c -> layout.columns().containsKey(c.code()));
    }

    private static String key(ComputedTable table) {
        return Labels.tableKey(table.definition().shortTitle());
    }
}
