package vn.ansinh.annex;

import java.util.List;
import java.util.Optional;

/**
 * An annex table with every total, difference and rate computed from its input rows, as a user
 * sees it: only the rows of units they may read and the columns of organisations they may see.
 * complete: every row of the table is there. Otherwise the total row totals the rows there are,
 * and the definition holds no printed total, since the printed one is about rows the user cannot see.
 */
public record ComputedTable(
        AnnexTableDefinition definition,
        int year,
        List<PlacedHeaderCell> header,
        int headerRows,
        List<ComputedColumn> columns,
        List<ComputedRow> rows,
        ComputedRow total,
        boolean complete) {

    public String code() {
        return definition.code();
    }

    public Optional<ComputedColumn> column(String code) {
        return columns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<ComputedColumn> numericColumns() {
        return columns.stream().filter(c -> c.column().role().isNumeric()).toList();
    }

    public Optional<ComputedRow> rowOfUnit(long unitId) {
        return rows.stream().filter(r -> r.unitId() == unitId).findFirst();
    }

    public Optional<PrintedFigure> printed(ComputedRow row, ComputedColumn column) {
        return definition.printed(row.position(), column.code());
    }
}
