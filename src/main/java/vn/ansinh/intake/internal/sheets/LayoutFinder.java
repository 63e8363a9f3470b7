package vn.ansinh.intake.internal.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.HeaderGrid;

/**
 * Finds a table's columns on a sheet, in whatever order and below whatever title rows: by a row of
 * column codes ("A", "B", "1" … "10=2-8", "(1)") where the sheet has one, otherwise by the header
 * labels above each column — the whole stack of labels, so "Tỷ lệ (%)" under "Hộ nghèo 2019" is
 * told from "Tỷ lệ (%)" under "Tổng HN CSGN" — and last by a column's own label where only one
 * column has it.
 */
final class LayoutFinder {

    /** Headers are looked for in the first rows only. */
    private static final int SCAN_ROWS = 40;
    /** Names offices give the unit and ordinal columns besides the table's own. */
    private static final Set<String> UNIT_LABELS = Set.of("donvi", "tendonvi", "xathitran", "xaphuongthitran",
            "xaphuong", "xa", "tenxa", "diaphuong", "thon", "tenthon");
    private static final Set<String> ORDINAL_LABELS = Set.of("tt", "stt", "sott");

    private final SheetCells cells;
    private final List<Column> columns;
    private final int scanTo;
    private final int width;

    /** A table column: its code as written and printed, its role, and its stack of header labels as keys. */
    private record Column(String code, String printedCode, ColumnRole role, List<String> path) {

        String leaf() {
            return path.isEmpty() ? "" : path.get(path.size() - 1);
        }
    }

    private LayoutFinder(SheetCells cells, ComputedTable table) {
        this.cells = cells;
        this.columns = columns(table);
        this.scanTo = Math.min(cells.lastRow(), SCAN_ROWS);
        this.width = cells.width(scanTo);
    }

    static SheetLayout find(SheetCells cells, ComputedTable table) {
        return new LayoutFinder(cells, table).find(table.headerRows());
    }

    private SheetLayout find(int headerRows) {
        int codeRow = codeRow();
        if (codeRow >= 0) {
            Map<String, Integer> found = codes(codeRow);
            labels(codeRow - 1, headerRows).forEach((code, c) -> {
                if (!found.containsKey(code) && !found.containsValue(c)) {
                    found.put(code, c);
                }
            });
            return new SheetLayout(found, codeRow + 1, true);
        }
        int best = -1;
        Map<String, Integer> bestFound = Map.of();
        for (int r = 0; r <= scanTo; r++) {
            Map<String, Integer> found = labels(r, headerRows);
            if (found.size() >= bestFound.size() && !found.isEmpty()) {
                best = r;
                bestFound = found;
            }
        }
        return new SheetLayout(bestFound, best + 1, false);
    }

    /** The row naming most columns by code, when it names at least three quarters of the figures. */
    private int codeRow() {
        long numeric = columns.stream().filter(c -> c.role().isNumeric()).count();
        int best = -1;
        int bestSize = (int) Math.max(3, Math.ceil(numeric * 0.75)) - 1;
        for (int r = 0; r <= scanTo; r++) {
            int size = codes(r).size();
            if (size > bestSize) {
                best = r;
                bestSize = size;
            }
        }
        return best;
    }

    /**
     * The columns a row names by code — none unless every cell written in it is a code, since a
     * data row of small numbers ("3", "Xã Cam Hiếu", 2, 4, 1, 6) could otherwise pass for codes.
     */
    private Map<String, Integer> codes(int row) {
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            String key = Labels.codeKey(cells.text(row, c));
            if (key.isEmpty()) {
                continue;
            }
            Column column = columns.stream().filter(k -> names(key, k)).findFirst().orElse(null);
            if (column == null) {
                return new LinkedHashMap<>();
            }
            found.computeIfAbsent(column.code(), k -> new ArrayList<>()).add(c);
        }
        return unique(found);
    }

    /** "10=2-8" names column 10 as printed, and so do "10" and a formula of one's own, "3=1-2" for column 3. */
    private static boolean names(String key, Column column) {
        String code = Labels.codeKey(column.code());
        return key.equals(code) || key.equals(Labels.codeKey(column.printedCode())) || key.startsWith(code + "=");
    }

    /** Columns by the labels above them, the header ending at the given row. */
    private Map<String, Integer> labels(int lastHeaderRow, int headerRows) {
        if (lastHeaderRow < 0) {
            return new LinkedHashMap<>();
        }
        List<List<String>> stacks = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            stacks.add(stack(c, lastHeaderRow, headerRows + 2));
        }
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            Column column = longestSuffix(stacks.get(c));
            if (column != null) {
                found.computeIfAbsent(column.code(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Integer> mapped = unique(found);
        byOwnLabel(stacks, mapped);
        return mapped;
    }

    /** The labels above a column, top first, a label spanning rows once. */
    private List<String> stack(int column, int lastRow, int depth) {
        List<String> keys = new ArrayList<>();
        for (int r = Math.max(0, lastRow - depth + 1); r <= lastRow; r++) {
            String key = Labels.key(cells.text(r, column));
            if (!key.isEmpty() && (keys.isEmpty() || !keys.get(keys.size() - 1).equals(key))) {
                keys.add(key);
            }
        }
        return keys;
    }

    private Column longestSuffix(List<String> stack) {
        Column best = null;
        for (Column column : columns) {
            List<String> path = column.path();
            boolean suffix = !path.isEmpty() && path.size() <= stack.size()
                    && stack.subList(stack.size() - path.size(), stack.size()).equals(path);
            if (suffix && (best == null || path.size() > best.path().size())) {
                best = column;
            }
        }
        return best;
    }

    /** A column not found by its stack, whose own label only one table column and one sheet column have. */
    private void byOwnLabel(List<List<String>> stacks, Map<String, Integer> mapped) {
        for (Column column : columns) {
            if (mapped.containsKey(column.code())) {
                continue;
            }
            Set<String> labels = ownLabels(column);
            List<Integer> candidates = new ArrayList<>();
            for (int c = 0; c < stacks.size(); c++) {
                List<String> stack = stacks.get(c);
                if (!mapped.containsValue(c) && !stack.isEmpty() && labels.contains(stack.get(stack.size() - 1))) {
                    candidates.add(c);
                }
            }
            if (candidates.size() == 1) {
                mapped.put(column.code(), candidates.get(0));
            }
        }
    }

    private Set<String> ownLabels(Column column) {
        long sameLeaf = columns.stream().filter(c -> c.leaf().equals(column.leaf())).count();
        Set<String> labels = new java.util.HashSet<>();
        if (sameLeaf == 1 && !column.leaf().isEmpty()) {
            labels.add(column.leaf());
        }
        if (column.role() == ColumnRole.UNIT) {
            labels.addAll(UNIT_LABELS);
        } else if (column.role() == ColumnRole.ORDINAL) {
            labels.addAll(ORDINAL_LABELS);
        }
        return labels;
    }

    /** Only columns found once; a sheet column taken by two table columns goes to neither. */
    private static Map<String, Integer> unique(Map<String, List<Integer>> found) {
        Map<String, Integer> mapped = new LinkedHashMap<>();
        found.forEach((code, sheetColumns) -> {
            if (sheetColumns.size() == 1) {
                mapped.put(code, sheetColumns.get(0));
            }
        });
        return withoutReused(mapped);
    }

    private static Map<String, Integer> withoutReused(Map<String, Integer> mapped) {
        Map<Integer, Long> uses = new HashMap<>();
        mapped.values().forEach(c -> uses.merge(c, 1L, Long::sum));
        Map<String, Integer> kept = new LinkedHashMap<>();
        mapped.forEach((code, c) -> {
            if (uses.get(c) == 1) {
                kept.put(code, c);
            }
        });
        return kept;
    }

    private static List<Column> columns(ComputedTable table) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            var column = table.columns().get(i).column();
            List<String> path = new ArrayList<>();
            for (String label : HeaderGrid.path(table.header(), i)) {
                String key = Labels.key(label);
                if (!key.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(key))) {
                    path.add(key);
                }
            }
            columns.add(new Column(column.code(), column.displayCode(), column.role(), path));
        }
        return columns;
    }
}
