package vn.ansinh.apportionment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.apportionment.Choices;
import vn.ansinh.apportionment.ColumnChoice;
import vn.ansinh.apportionment.ProgrammeTables;

/** Finds in a programme's tables what the apportionment form offers; nothing is named in code but the column roles. */
public final class ChoiceFinder {

    private ChoiceFinder() {
    }

    public static Choices of(ProgrammeTables tables, String organisationTable) {
        List<ColumnChoice> targets = columns(tables.current(), false, tables.year(), ChoiceFinder::unitTarget);
        List<ColumnChoice> bases = new ArrayList<>(columns(tables.current(), false, tables.year(), ChoiceFinder::base));
        bases.addAll(columns(tables.previous(), true, tables.year() - 1, ChoiceFinder::base));
        List<String> organisationTables = tables.current().values().stream()
                .filter(t -> !organisationColumns(t).isEmpty()).map(ComputedTable::code).toList();
        String chosen = organisationTables.contains(organisationTable) ? organisationTable
                : organisationTables.stream().findFirst().orElse(null);
        List<Choices.UnitChoice> communes = chosen == null ? List.of() : tables.current().get(chosen).rows().stream()
                .map(r -> new Choices.UnitChoice(r.unitId(), r.label())).toList();
        return new Choices(targets, bases, organisationTables, chosen, communes, !tables.previous().isEmpty());
    }

    /** A target of the rows' units themselves, not of an organisation: what is split among communes. */
    static boolean unitTarget(ComputedColumn column) {
        return column.column().role() == ColumnRole.TARGET && column.column().organisationId() == null;
    }

    /** A count or amount of the rows' units: a rate is no base. */
    static boolean base(ComputedColumn column) {
        return column.column().role().isNumeric() && !column.rate() && column.column().organisationId() == null;
    }

    /** The targets of organisations in a table: the parts a commune's committed exits are split among. */
    static List<ComputedColumn> organisationColumns(ComputedTable table) {
        return table.columns().stream().filter(c -> c.column().role() == ColumnRole.TARGET
                && c.column().organisationId() != null).toList();
    }

    /** The column's own header label, without the labels of the header cells above it. */
    static String shortLabel(ComputedColumn column) {
        String label = column.label();
        int dash = label.lastIndexOf(" – ");
        return dash < 0 ? label : label.substring(dash + 3);
    }

    private static List<ColumnChoice> columns(Map<String, ComputedTable> tables, boolean previous, int year,
            Predicate<ComputedColumn> wanted) {
        List<ColumnChoice> choices = new ArrayList<>();
        for (ComputedTable table : tables.values()) {
            table.columns().stream().filter(wanted).forEach(c -> choices.add(new ColumnChoice(
                    new ColumnRef(previous, table.code(), c.code()).key(), table.definition().shortTitle(),
                    c.column().displayCode(), shortLabel(c), year)));
        }
        return choices;
    }
}
