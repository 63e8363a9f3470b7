package vn.ansinh.households.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.households.RegistryTableAsOf;
import vn.ansinh.units.AdministrativeUnit;

/**
 * A table from the registry under the units of a day: each row a unit of that day, its source ("registry" when every
 * row it holds came from households, "entered" when none did, else "mixed"), and the rows it holds, each with its own.
 */
record RegistryTableAsOfJson(long programmeId, String code, String title, int year, LocalDate asOf, String split,
        List<RowJson> rows, RowJson total) {

    record RowJson(String ordinal, String unit, String unitCode, String source, Boolean comparable,
            List<PredecessorJson> predecessors, Map<String, BigDecimal> values) {
    }

    record PredecessorJson(String name, String unitCode, String source, BigDecimal share) {
    }

    static RegistryTableAsOfJson of(long programmeId, RegistryTableAsOf table, Map<Long, AdministrativeUnit> units) {
        TableAsOf asOf = table.asOf();
        ComputedTable computed = asOf.table();
        List<RowJson> rows = computed.rows().stream().map(r -> row(table, r, units)).toList();
        return new RegistryTableAsOfJson(programmeId, computed.code(), computed.definition().title(), computed.year(),
                asOf.asOf(), asOf.key() == null ? null : asOf.key().parameter(), rows,
                new RowJson(null, computed.total().label(), null, null, null, null, values(computed, computed.total())));
    }

    private static RowJson row(RegistryTableAsOf table, ComputedRow row, Map<Long, AdministrativeUnit> units) {
        List<PredecessorJson> held = table.asOf().predecessorsOf(row.unitId()).stream()
                .map(p -> new PredecessorJson(p.label(), code(units, p.unitId()),
                        table.registry().fromRegistry().contains(p.unitId()) ? "registry" : "entered", p.share()))
                .toList();
        long fromRegistry = table.heldFromRegistry(row.unitId());
        String source = fromRegistry == 0 ? "entered" : fromRegistry == held.size() ? "registry" : "mixed";
        return new RowJson(row.ordinal(), row.label(), code(units, row.unitId()), source,
                table.asOf().comparable(row.unitId()), held, values(table.asOf().table(), row));
    }

    private static String code(Map<Long, AdministrativeUnit> units, Long unitId) {
        return unitId != null && units.containsKey(unitId) ? units.get(unitId).code() : null;
    }

    private static Map<String, BigDecimal> values(ComputedTable table, ComputedRow row) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ComputedColumn column : table.numericColumns()) {
            values.put(column.code(), column.shown(row.value(column.code())));
        }
        return values;
    }
}
