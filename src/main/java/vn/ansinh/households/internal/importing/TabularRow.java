package vn.ansinh.households.internal.importing;

import java.util.List;

/**
 * A row of an imported list: its sheet (none for CSV), its number as the file counts (CSV line, Excel
 * row) and its cells as text.
 */
record TabularRow(String sheet, int number, List<String> cells) {

    String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
