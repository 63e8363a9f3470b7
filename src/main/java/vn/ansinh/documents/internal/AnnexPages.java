package vn.ansinh.documents.internal;

import java.util.ArrayList;
import java.util.List;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.FilledText;
import vn.ansinh.documents.AnnexPage;

/** A computed annex table as the document prints it: every figure computed, in Vietnamese format. */
final class AnnexPages {

    private AnnexPages() {
    }

    /** partialNote is added under a table the user sees only some rows of: its total is theirs. */
    static AnnexPage of(ComputedTable table, String subtitle, FilledText filled, String partialNote) {
        List<String> notes = new ArrayList<>(
                table.definition().notes().stream().map(note -> filled.note(table.code(), note)).toList());
        if (!table.complete()) {
            notes.add(partialNote);
        }
        return new AnnexPage(table.definition().title(), subtitle, table.header(), table.headerRows(),
                table.columns().stream().map(c -> c.column().displayCode()).toList(),
                table.columns().stream().map(c -> c.column().role().isNumeric()).toList(),
                table.rows().stream().map(row -> cells(table, row)).toList(), cells(table, table.total()), notes);
    }

    private static List<String> cells(ComputedTable table, ComputedRow row) {
        return table.columns().stream().map(column -> cell(row, column)).toList();
    }

    private static String cell(ComputedRow row, ComputedColumn column) {
        ColumnRole role = column.column().role();
        if (role == ColumnRole.ORDINAL) {
            return row.ordinal() == null ? "" : row.ordinal();
        }
        if (role == ColumnRole.UNIT) {
            return row.label();
        }
        return column.format(row.value(column.code()));
    }
}
