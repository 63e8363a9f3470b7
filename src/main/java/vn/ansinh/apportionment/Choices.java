package vn.ansinh.apportionment;

import java.util.List;

/**
 * What the apportionment form offers for a programme. Splitting among communes: the target columns
 * of the member units and the columns that may serve as base (this year's and last year's). Splitting
 * a commune's committed exits among organisations: the tables with a target column per organisation
 * and the communes of the chosen one.
 */
public record Choices(List<ColumnChoice> targets, List<ColumnChoice> bases, List<String> organisationTables,
        String organisationTable, List<UnitChoice> communes, boolean hasPreviousYear) {

    /** A row of a table: the unit and its name as printed. */
    public record UnitChoice(long unitId, String label) {
    }
}
