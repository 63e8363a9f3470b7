package vn.ansinh.intake.internal.sheets;

import java.util.Map;
import java.util.Optional;

/**
 * Where a table is on a sheet: the sheet column of each table column found (by code), the first
 * row after the header, and whether the columns were found by a row of column codes or by labels.
 */
record SheetLayout(Map<String, Integer> columns, int firstDataRow, boolean byCodes) {

    Optional<Integer> column(String code) {
        return Optional.ofNullable(columns.get(code));
    }
}
