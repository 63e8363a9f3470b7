package vn.ansinh.intake.internal.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PrintedCell;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.checks.FigureChecks;
import vn.ansinh.checks.Finding;
import vn.ansinh.targets.FigureKey;

/**
 * The findings of a workbook: each sheet computed from its own rows — with the figures it gives,
 * and ansinh's where a cell is blank — and its printed totals, differences and rates checked
 * against that, by the same checks as the programme's own tables. A live formula whose inputs are
 * blank says nothing (Excel counts a blank as 0), so it is not a finding.
 */
final class WorkbookFindings {

    private WorkbookFindings() {
    }

    static List<Finding> of(List<SheetTable> sheets, Map<String, ComputedTable> visible, WorkbookFigures figures,
            AnnexTables tables, FigureChecks checks, Problems problems) {
        Map<String, ComputedTable> computed = new LinkedHashMap<>(visible);
        Set<String> silent = new HashSet<>();
        for (SheetTable sheet : sheets) {
            computed.put(sheet.code(), computed(sheet, figures, tables, problems));
            silent.addAll(liveFormulaCells(sheet));
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : checks.tableFindings(computed)) {
            boolean ofWorkbook = sheets.stream().anyMatch(s -> s.code().equals(finding.table()));
            if (ofWorkbook && !(finding.computedValue() == null && silent.contains(cellKey(finding)))) {
                findings.add(finding);
            }
        }
        return Finding.onePerCell(findings);
    }

    private static ComputedTable computed(SheetTable sheet, WorkbookFigures figures, AnnexTables tables,
            Problems problems) {
        AnnexTableDefinition definition = sheet.table().definition();
        List<AnnexRow> rows = new ArrayList<>();
        Map<PrintedCell, PrintedFigure> printed = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            rows.add(new AnnexRow(row.unitId(), row.ordinal(), row.label()));
            int position = rows.size();
            row.printed().forEach((code, figure) -> printed.put(new PrintedCell(position, code), figure));
        }
        boolean complete = holdsEveryRow(sheet);
        if (sheet.total() != null && complete) {
            sheet.total().printed().forEach((code, figure) -> printed.put(new PrintedCell(PrintedCell.TOTAL_ROW, code), figure));
        } else if (sheet.total() != null) {
            problems.notice(sheet.sheet(), sheet.total().excelRow(), "", "", "workbook.total.notChecked");
        }
        AnnexTableDefinition asGiven = new AnnexTableDefinition(definition.programmeId(), definition.code(),
                definition.title(), definition.totalLabel(), definition.header(), definition.columns(), rows, printed,
                definition.checks(), definition.notes());
        return tables.computeWith(asGiven, sheet.table().year(), complete, values(sheet, figures, ColumnRole.BASELINE),
                values(sheet, figures, ColumnRole.TARGET));
    }

    /** The workbook's figures, and ansinh's for its blank cells. */
    private static Map<FigureKey, BigDecimal> values(SheetTable sheet, WorkbookFigures figures, ColumnRole role) {
        Map<FigureKey, BigDecimal> values = new HashMap<>();
        for (ComputedRow row : sheet.table().rows()) {
            for (ComputedColumn column : sheet.table().columns()) {
                if (column.column().role() == role && row.value(column.code()) != null) {
                    values.put(key(column, row.unitId()), WorkbookFigures.exact(row.value(column.code())));
                }
            }
        }
        values.putAll(figures.given(role));
        return values;
    }

    private static boolean holdsEveryRow(SheetTable sheet) {
        return sheet.table().complete() && sheet.rows().size() == sheet.table().rows().size();
    }

    private static Set<String> liveFormulaCells(SheetTable sheet) {
        Set<String> cells = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            row.liveFormulas().forEach(code -> cells.add(sheet.code() + "\n" + row.label() + "\n" + code));
        }
        if (sheet.total() != null) {
            String label = sheet.table().definition().totalLabel();
            sheet.total().liveFormulas().forEach(code -> cells.add(sheet.code() + "\n" + label + "\n" + code));
        }
        return cells;
    }

    private static String cellKey(Finding finding) {
        return finding.table() + "\n" + finding.row() + "\n" + finding.column();
    }

    private static FigureKey key(ComputedColumn column, long unitId) {
        return new FigureKey(column.column().indicatorId(), unitId, column.column().organisationId());
    }
}
