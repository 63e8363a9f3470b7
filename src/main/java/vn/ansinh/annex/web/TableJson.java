package vn.ansinh.annex.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.units.AdministrativeUnit;

/**
 * An annex table as JSON: columns with their codes and labels, each row's values by column code
 * (numbers as JSON numbers, rates with two decimals), and the computed total row. printed holds
 * the figures the printed table showed for computed cells, where it showed any. complete is false
 * when the user may not read every row: the total then totals their rows and has no printed figures.
 */
record TableJson(long programmeId, String code, String title, String subtitle, int year, boolean complete,
        List<ColumnJson> columns, List<RowJson> rows, RowJson total) {

    record ColumnJson(String code, String printedCode, String label, String role, boolean rate) {
    }

    record RowJson(String ordinal, String unit, String unitCode, Map<String, BigDecimal> values,
            Map<String, BigDecimal> printed) {
    }

    static TableJson of(long programmeId, ComputedTable table, String subtitle, Map<Long, AdministrativeUnit> units) {
        List<ColumnJson> columns = table.columns().stream()
                .map(c -> new ColumnJson(c.code(), c.column().displayCode(), c.label(), c.column().role().name(), c.rate()))
                .toList();
        List<RowJson> rows = table.rows().stream().map(r -> row(table, r, units.get(r.unitId()))).toList();
        return new TableJson(programmeId, table.code(), table.definition().title(), subtitle, table.year(),
                table.complete(), columns, rows, row(table, table.total(), null));
    }

    private static RowJson row(ComputedTable table, ComputedRow row, AdministrativeUnit unit) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, BigDecimal> printed = new LinkedHashMap<>();
        for (ComputedColumn column : table.numericColumns()) {
            values.put(column.code(), column.shown(row.value(column.code())));
            Optional<PrintedFigure> figure = table.printed(row, column);
            figure.ifPresent(f -> printed.put(column.code(), f.amount()));
        }
        return new RowJson(row.ordinal(), row.label(), unit == null ? null : unit.code(), values, printed);
    }
}
