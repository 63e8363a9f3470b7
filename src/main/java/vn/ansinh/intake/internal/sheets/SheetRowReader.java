package vn.ansinh.intake.internal.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitNameMatcher;

/**
 * Reads the rows below a table's header: each unit's row (the unit found by its name as written,
 * whatever the prefix, case or diacritics), blank spacer rows passed over, and the total row, after
 * which the sheet holds notes. Every cell that cannot be read is an error naming row and column.
 */
final class SheetRowReader {

    /** Figures measured in percent may have decimals; all others are counts. */
    private static final String PERCENT = "%";
    private static final List<String> TOTAL_STARTS = List.of("tongcong", "toanhuyen", "toantinh", "toanxa");
    private static final Set<String> TOTAL_LABELS = Set.of("tong", "cong", "tongso");

    private final SheetCells cells;
    private final SheetLayout layout;
    private final ComputedTable table;
    private final List<AdministrativeUnit> units;
    private final Map<String, String> measures;
    /** The first figure too large for the database: written, it would fail the whole import. */
    private final BigDecimal bound;
    private final AccessScope scope;
    private final Problems problems;

    SheetRowReader(SheetCells cells, SheetLayout layout, ComputedTable table, List<AdministrativeUnit> units,
            Map<String, String> measures, BigDecimal bound, AccessScope scope, Problems problems) {
        this.bound = bound;
        this.cells = cells;
        this.layout = layout;
        this.table = table;
        this.units = units;
        this.measures = measures;
        this.scope = scope;
        this.problems = problems;
    }

    SheetTable read() {
        List<SheetRow> rows = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int r : cells.rowsFrom(layout.firstDataRow())) {
            String label = text(r, "B");
            boolean figures = hasFigures(r);
            if (isTotal(label) || (label.isEmpty() && isTotal(text(r, "A")))) {
                SheetRow total = figures(r, null, label.isEmpty() ? text(r, "A") : label);
                rowsAfterTotal(r + 1);
                return new SheetTable(cells.name(), table, layout, rows, total);
            }
            if (label.isEmpty() && figures) {
                problems.error(cells.name(), r + 1, letter("B"), "B", "workbook.row.noUnit");
            } else if (!label.isEmpty()) {
                unitRow(r, label, figures, seen).ifPresent(rows::add);
            }
        }
        return new SheetTable(cells.name(), table, layout, rows, null);
    }

    private java.util.Optional<SheetRow> unitRow(int r, String label, boolean figures, Map<Long, Integer> seen) {
        UnitNameMatcher.Match match = UnitNameMatcher.match(label, units);
        if (!match.found()) {
            if (figures) {
                problems.error(cells.name(), r + 1, letter("B"), "B", "workbook.row.unitUnknown", label,
                        String.join(", ", match.suggestions()));
            } else {
                problems.notice(cells.name(), r + 1, letter("B"), "B", "workbook.row.ignored", label);
            }
            return java.util.Optional.empty();
        }
        long unitId = match.unit().id();
        Integer earlier = seen.putIfAbsent(unitId, r + 1);
        if (earlier != null) {
            problems.error(cells.name(), r + 1, letter("B"), "B", "workbook.row.duplicate", label, earlier);
            return java.util.Optional.empty();
        }
        if (!scope.canWrite(unitId)) {
            problems.error(cells.name(), r + 1, letter("B"), "B", "workbook.row.notYours", label);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(figures(r, unitId, label));
    }

    /** The row's figures: inputs on a unit's row, printed figures of computed columns (every column on the total). */
    private SheetRow figures(int r, Long unitId, String label) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        Map<String, PrintedFigure> printed = new LinkedHashMap<>();
        Set<String> live = new HashSet<>();
        int blanks = 0;
        for (ComputedColumn column : table.numericColumns()) {
            Integer c = layout.columns().get(column.code());
            FigureReading figure = c == null ? null : FigureReading.of(cells.read(r, c));
            if (figure == null || !check(figure, column, r, c, unitId == null)) {
                continue;
            }
            if (figure.blank()) {
                blanks += column.column().role().isInput() && unitId != null ? 1 : 0;
            } else if (column.column().role().isInput() && unitId != null) {
                inputs.put(column.code(), figure.value());
            } else {
                printed.put(column.code(), figure.asPrinted());
                if (figure.formula()) {
                    live.add(column.code());
                }
            }
        }
        return new SheetRow(r + 1, unitId, text(r, "A"), label, inputs, printed, live, unitId == null ? 0 : blanks);
    }

    /** Whether the figure can be used; an error (or, for Excel's own error in a computed cell, a notice) if not. */
    private boolean check(FigureReading figure, ComputedColumn column, int r, int c, boolean total) {
        String code = column.column().displayCode();
        boolean input = column.column().role().isInput() && !total;
        if (figure.problem() != null) {
            if (input || !"workbook.cell.unreadable".equals(figure.problem())) {
                problems.error(cells.name(), r + 1, SheetCells.columnLetter(c), code, figure.problem(), figure.shown());
            } else {
                problems.notice(cells.name(), r + 1, SheetCells.columnLetter(c), code, "workbook.cell.notChecked",
                        figure.shown());
            }
            return false;
        }
        if (input && figure.value() != null && figure.value().abs().compareTo(bound) >= 0) {
            problems.error(cells.name(), r + 1, SheetCells.columnLetter(c), code, "workbook.cell.tooLarge", figure.printed(),
                    bound);
            return false;
        }
        if (input && figure.value() != null && figure.value().signum() < 0) {
            problems.error(cells.name(), r + 1, SheetCells.columnLetter(c), code, "workbook.cell.negative", figure.printed());
            return false;
        }
        if (input && figure.value() != null && !PERCENT.equals(measures.get(column.code()))
                && figure.value().stripTrailingZeros().scale() > 0) {
            problems.error(cells.name(), r + 1, SheetCells.columnLetter(c), code, "workbook.cell.notWhole",
                    figure.printed(), measures.getOrDefault(column.code(), ""));
            return false;
        }
        return true;
    }

    /** Below the total row come notes and signatures; numbers there are said to be left unread. */
    private void rowsAfterTotal(int from) {
        for (int r : cells.rowsFrom(from)) {
            if (hasNumbers(r)) {
                problems.notice(cells.name(), r + 1, "", "", "workbook.row.afterTotal", r + 1);
                return;
            }
        }
    }

    private boolean hasFigures(int r) {
        for (ComputedColumn column : table.numericColumns()) {
            Integer c = layout.columns().get(column.code());
            if (c != null && !(cells.read(r, c) instanceof SheetCells.Blank)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNumbers(int r) {
        for (ComputedColumn column : table.numericColumns()) {
            Integer c = layout.columns().get(column.code());
            if (c != null && FigureReading.of(cells.read(r, c)).value() != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTotal(String label) {
        String key = Labels.key(label);
        return TOTAL_LABELS.contains(key) || TOTAL_STARTS.stream().anyMatch(key::startsWith);
    }

    /** The text of the table column with this role's code ("A" ordinal, "B" unit) on the row. */
    private String text(int r, String roleCode) {
        Integer c = roleColumn(roleCode);
        return c == null ? "" : cells.text(r, c);
    }

    private String letter(String roleCode) {
        Integer c = roleColumn(roleCode);
        return c == null ? "" : SheetCells.columnLetter(c);
    }

    private Integer roleColumn(String roleCode) {
        ColumnRole role = "A".equals(roleCode) ? ColumnRole.ORDINAL : ColumnRole.UNIT;
        return table.columns().stream().filter(c -> c.column().role() == role).findFirst()
                .map(c -> layout.columns().get(c.code())).orElse(null);
    }
}
