package vn.ansinh.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.DefinitionException;
import vn.ansinh.annex.Formula;
import vn.ansinh.intake.internal.ProgrammeFile.ColumnEntry;

/** Reads a table's columns and checks their formulas: known operands, no cycles. */
final class ColumnReader {

    enum Source { BASELINE, TARGET }

    enum Role { ORDINAL, UNIT }

    private ColumnReader() {
    }

    static List<ColumnEntry> read(List<YamlValue> values, Errors errors) {
        List<ColumnEntry> columns = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("code", "printedCode", "role", "indicator", "source", "organisation", "formula",
                    "rollsForwardFrom");
            columns.add(new ColumnEntry(value.where(), value.text("code", true), value.text("printedCode", false),
                    role(value), value.text("indicator", false), value.text("organisation", false),
                    value.text("formula", false), value.text("rollsForwardFrom", false)));
        }
        ProgrammeFileReader.duplicates(columns.stream().map(c -> new ProgrammeFileReader.Coded(c.where(), c.code())).toList(), errors);
        if (columns.stream().filter(c -> c.role() == ColumnRole.UNIT).count() != 1 && !values.isEmpty()) {
            errors.add(values.get(0).where(), "role", "intake.table.unitColumn");
        }
        checkFormulas(columns, errors);
        checkRollForward(columns, errors);
        return columns;
    }

    /** A roll-forward rule belongs to a baseline column and names a numeric column of the same table. */
    private static void checkRollForward(List<ColumnEntry> columns, Errors errors) {
        Set<String> numeric = TableReader.numericCodes(columns);
        for (ColumnEntry column : columns) {
            if (column.rollsForwardFrom() == null) {
                continue;
            }
            if (column.role() != ColumnRole.BASELINE) {
                errors.add(column.where(), "rollsForwardFrom", "intake.column.rollsForward", column.code());
            } else if (!numeric.contains(column.rollsForwardFrom())) {
                errors.add(column.where(), "rollsForwardFrom", "intake.column.missing", column.rollsForwardFrom(),
                        "rollsForwardFrom");
            }
        }
    }

    private static ColumnRole role(YamlValue value) {
        Role role = value.choice("role", Role.class, false);
        boolean indicator = value.optional("indicator") != null;
        boolean formula = value.optional("formula") != null;
        if ((role != null ? 1 : 0) + (indicator ? 1 : 0) + (formula ? 1 : 0) != 1) {
            value.errors().add(value.where(), "role", "intake.column.role");
            return null;
        }
        if (role != null) {
            return role == Role.ORDINAL ? ColumnRole.ORDINAL : ColumnRole.UNIT;
        }
        if (formula) {
            return ColumnRole.FORMULA;
        }
        Source source = value.choice("source", Source.class, true);
        return source == null ? null : source == Source.BASELINE ? ColumnRole.BASELINE : ColumnRole.TARGET;
    }

    private static void checkFormulas(List<ColumnEntry> columns, Errors errors) {
        Set<String> numeric = TableReader.numericCodes(columns);
        Map<String, List<String>> operands = new HashMap<>();
        for (ColumnEntry column : columns) {
            if (column.role() != ColumnRole.FORMULA || column.formula() == null) {
                continue;
            }
            try {
                List<String> used = Formula.parse(column.formula()).operands();
                operands.put(column.code(), used);
                used.stream().filter(o -> !numeric.contains(o))
                        .forEach(o -> errors.add(column.where(), "formula", "intake.column.missing", o, column.formula()));
            } catch (DefinitionException e) {
                errors.add(column.where(), "formula", e.code(), e.arguments().toArray());
            }
        }
        for (ColumnEntry column : columns) {
            if (operands.containsKey(column.code()) && cycles(column.code(), operands, new HashSet<>())) {
                errors.add(column.where(), "formula", "annex.formula.cycle", column.code());
            }
        }
    }

    private static boolean cycles(String code, Map<String, List<String>> operands, Set<String> path) {
        if (!path.add(code)) {
            return true;
        }
        for (String operand : operands.getOrDefault(code, List.of())) {
            if (cycles(operand, operands, path)) {
                return true;
            }
        }
        path.remove(code);
        return false;
    }
}
