package vn.ansinh.households.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.households.RegistryTable;

/**
 * An annex table from the registry: each row says whether its inputs came from the commune's
 * households ("registry") or are the figures entered ("entered"); differences list where they disagree.
 */
record RegistryTableJson(long programmeId, String code, String title, int year, boolean complete,
        List<ColumnJson> columns, List<RowJson> rows, RowJson total, List<DifferenceJson> differences) {

    record ColumnJson(String code, String printedCode, String label, String role, boolean rate) {
    }

    record RowJson(String ordinal, String unit, String source, Map<String, BigDecimal> values) {
    }

    record DifferenceJson(String unit, String column, String label, BigDecimal entered, BigDecimal registry) {
    }

    static RegistryTableJson of(long programmeId, RegistryTable table) {
        ComputedTable registry = table.registry();
        return new RegistryTableJson(programmeId, registry.code(), registry.definition().title(), registry.year(),
                registry.complete(),
                registry.columns().stream().map(c -> new ColumnJson(c.code(), c.column().displayCode(), c.label(),
                        c.column().role().name(), c.rate())).toList(),
                registry.rows().stream().map(r -> row(registry, r,
                        table.fromRegistry().contains(r.unitId()) ? "registry" : "entered")).toList(),
                row(registry, registry.total(), null),
                table.differences().stream().map(d -> new DifferenceJson(d.unit(), d.column(), d.label(), d.entered(),
                        d.registry())).toList());
    }

    private static RowJson row(ComputedTable table, ComputedRow row, String source) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ComputedColumn column : table.numericColumns()) {
            values.put(column.code(), column.shown(row.value(column.code())));
        }
        return new RowJson(row.ordinal(), row.label(), source, values);
    }
}
