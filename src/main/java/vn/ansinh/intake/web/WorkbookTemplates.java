package vn.ansinh.intake.web;

import java.util.List;

import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.shared.lists.ListTemplate;

/**
 * The columns of each table a workbook may hold, as the import page lists them: its printed code and
 * label, and what the import does with it. The template of a table is its own download (the one ansinh
 * writes reads back as it is), so these carry no drop-down lists: the rows are the communes already.
 */
final class WorkbookTemplates {

    private WorkbookTemplates() {
    }

    static ListTemplate of(ComputedTable table) {
        List<ListTemplate.Column> columns = table.columns().stream().map(WorkbookTemplates::column).toList();
        return new ListTemplate(table.code() + ".xlsx", AnnexTableDefinition.shortTitle(table.definition().title()),
                columns);
    }

    private static ListTemplate.Column column(ComputedColumn column) {
        ColumnRole role = column.column().role();
        String note = switch (role) {
            case ORDINAL -> "template.note.ordinal";
            case UNIT -> "template.note.unit";
            case BASELINE, TARGET -> "template.note.figure";
            case FORMULA -> "template.note.computed";
        };
        String code = column.column().printedCode();
        String header = code == null || code.isBlank() ? column.label() : code + " — " + column.label();
        return ListTemplate.Column.text(header, role == ColumnRole.UNIT, note);
    }
}
