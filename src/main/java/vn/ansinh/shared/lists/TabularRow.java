package vn.ansinh.shared.lists;

import java.util.List;

/**
 * A row of an imported list: its sheet (none for CSV), its number as the file counts (CSV line, Excel
 * row) and its cells as text.
 */
public record TabularRow(String sheet, int number, List<String> cells) {

    public String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
