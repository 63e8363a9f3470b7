package vn.ansinh.intake.internal.sheets;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import vn.ansinh.annex.PrintedFigure;

/**
 * A row read from a sheet: its Excel row number, the unit it names (null on the total row), its
 * number and name as written, the input figures it gives (blank cells left out), the figures it
 * prints in computed columns (on the total row: in every column), and which of those came from a
 * live formula, whose blanks Excel counts as 0.
 */
record SheetRow(int excelRow, Long unitId, String ordinal, String label, Map<String, BigDecimal> inputs,
        Map<String, PrintedFigure> printed, Set<String> liveFormulas, int blanks) {
}
