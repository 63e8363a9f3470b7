package vn.ansinh.annex.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PlacedHeaderCell;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.shared.AccessScope;

/**
 * An annex table ready for the page: header rows, code row, formatted cells, printed disagreements;
 * complete is false when the user sees only some rows, and the total is theirs.
 */
record TableView(String code, String title, String subtitle, List<List<PlacedHeaderCell>> header, List<String> codes,
        List<RowView> rows, RowView total, List<String> notes, int disagreements, boolean complete) {

    /**
     * A cell; printed is set only where the print disagrees with the computed value; unitId on the cell naming
     * the row's unit, which an English page names in English.
     */
    record CellView(String text, boolean numeric, String printed, Long unitId) {
    }

    /** A row; unitId is set (and editable true) where the user may change the row's figures. */
    record RowView(List<CellView> cells, Long unitId, boolean editable) {
    }

    static TableView of(ComputedTable table, String subtitle) {
        return of(table, subtitle, AccessScope.nothing());
    }

    static TableView of(ComputedTable table, String subtitle, AccessScope scope) {
        List<List<PlacedHeaderCell>> header = new ArrayList<>();
        for (int r = 0; r < table.headerRows(); r++) {
            int row = r;
            header.add(table.header().stream().filter(c -> c.row() == row).toList());
        }
        List<String> codes = table.columns().stream().map(c -> c.column().displayCode()).toList();
        List<RowView> rows = table.rows().stream().map(r -> row(table, r, scope)).toList();
        RowView total = row(table, table.total(), AccessScope.nothing());
        int disagreements = (int) rows.stream().mapToLong(TableView::disagreements).sum() + (int) disagreements(total);
        return new TableView(table.code(), table.definition().title(), subtitle, header, codes, rows, total,
                table.definition().notes(), disagreements, table.complete());
    }

    /** Whether the user may change any row, so the page adds a column of "Sửa" links. */
    public boolean editable() {
        return rows.stream().anyMatch(RowView::editable);
    }

    private static RowView row(ComputedTable table, ComputedRow row, AccessScope scope) {
        List<CellView> cells = new ArrayList<>();
        for (ComputedColumn column : table.columns()) {
            ColumnRole role = column.column().role();
            if (role == ColumnRole.ORDINAL) {
                cells.add(new CellView(row.ordinal(), false, null, null));
            } else if (role == ColumnRole.UNIT) {
                cells.add(new CellView(row.label(), false, null, row.unitId()));
            } else {
                cells.add(new CellView(column.format(row.value(column.code())), true, disagreement(table, row, column), null));
            }
        }
        boolean editable = row.unitId() != null && scope.canWrite(row.unitId());
        return new RowView(cells, row.unitId(), editable);
    }

    private static String disagreement(ComputedTable table, ComputedRow row, ComputedColumn column) {
        Optional<PrintedFigure> printed = table.printed(row, column);
        return printed.filter(p -> !p.agreesWith(row.value(column.code()), column.rate()))
                .map(PrintedFigure::printed).orElse(null);
    }

    private static long disagreements(RowView row) {
        return row.cells().stream().filter(c -> c.printed() != null).count();
    }
}
