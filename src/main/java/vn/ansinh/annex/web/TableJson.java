package vn.ansinh.annex.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.units.AdministrativeUnit;

/**
 * An annex table as JSON: columns with their codes and labels, each row's values by column code
 * (numbers as JSON numbers, rates with two decimals), and the computed total row. printed holds
 * the figures the printed table showed for computed cells, where it showed any. complete is false
 * when the user may not read every row: the total then totals their rows and has no printed figures.
 */
record TableJson(long programmeId, String code, String title, String subtitle, int year, boolean complete,
        List<ColumnJson> columns, List<RowJson> rows, RowJson total,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf, @JsonInclude(JsonInclude.Include.NON_NULL) String split) {

    record ColumnJson(String code, String printedCode, String label, String role, boolean rate) {
    }

    /**
     * predecessors and comparable only under asOf: the rows of the table's year the row holds, and false when part
     * of a divided unit went to it uncounted (no key chosen).
     */
    record RowJson(String ordinal, String unit, String unitCode, Map<String, BigDecimal> values,
            Map<String, BigDecimal> printed, @JsonInclude(JsonInclude.Include.NON_NULL) List<PredecessorJson> predecessors,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean comparable) {

        RowJson(String ordinal, String unit, String unitCode, Map<String, BigDecimal> values,
                Map<String, BigDecimal> printed) {
            this(ordinal, unit, unitCode, values, printed, null, null);
        }

        RowJson under(TableAsOf asOf, Long unitId, Map<Long, AdministrativeUnit> units) {
            if (unitId == null) {
                return this;
            }
            List<PredecessorJson> held = asOf.predecessorsOf(unitId).stream().map(p -> new PredecessorJson(p.label(),
                    units.containsKey(p.unitId()) ? units.get(p.unitId()).code() : null, p.counted(), p.share())).toList();
            return new RowJson(ordinal, unit, unitCode, values, printed, held, asOf.comparable(unitId));
        }
    }

    /** A row of the original table a row holds: share is the part counted (1 undivided), none when not counted. */
    record PredecessorJson(String name, String unitCode, boolean counted, BigDecimal share) {
    }

    static TableJson of(long programmeId, ComputedTable table, String subtitle, Map<Long, AdministrativeUnit> units) {
        List<ColumnJson> columns = table.columns().stream()
                .map(c -> new ColumnJson(c.code(), c.column().displayCode(), c.label(), c.column().role().name(), c.rate()))
                .toList();
        List<RowJson> rows = table.rows().stream().map(r -> row(table, r, units.get(r.unitId()))).toList();
        return new TableJson(programmeId, table.code(), table.definition().title(), subtitle, table.year(),
                table.complete(), columns, rows, row(table, table.total(), null), null, null);
    }

    /** The table under the units of asOf's day, each row with the rows it holds; units: every unit named. */
    static TableJson of(long programmeId, TableAsOf asOf, String subtitle, Map<Long, AdministrativeUnit> units) {
        TableJson plain = of(programmeId, asOf.table(), subtitle, units);
        List<ComputedRow> computed = asOf.table().rows();
        List<RowJson> rows = new java.util.ArrayList<>();
        for (int i = 0; i < computed.size(); i++) {
            rows.add(plain.rows().get(i).under(asOf, computed.get(i).unitId(), units));
        }
        return new TableJson(programmeId, plain.code(), plain.title(), subtitle, plain.year(), plain.complete(),
                plain.columns(), rows, plain.total(), asOf.asOf(), asOf.key() == null ? null : asOf.key().parameter());
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
