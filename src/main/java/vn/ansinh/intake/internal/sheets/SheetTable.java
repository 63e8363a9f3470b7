package vn.ansinh.intake.internal.sheets;

import java.util.List;

import vn.ansinh.annex.ComputedTable;

/**
 * A sheet read as an annex table: the table as the user sees it, its unit rows as the sheet has
 * them, and its total row (null when the sheet has none).
 */
record SheetTable(String sheet, ComputedTable table, SheetLayout layout, List<SheetRow> rows, SheetRow total) {

    String code() {
        return table.code();
    }
}
