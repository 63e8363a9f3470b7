package vn.ansinh.annex.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.PlacedHeaderCell;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.SpreadsheetText;

/**
 * Writes a computed annex table as an XLSX sheet laid out as the table is printed. Inputs are
 * numbers and computed columns are live Excel formulas over the same row (the total row sums
 * the inputs), so a figure edited in Excel carries through to every difference, rate and
 * total. Rates are never rounded inside a formula; only the cell format rounds them.
 */
public final class AnnexWorkbook {

    /** The title, the subtitle and a blank row come before the header. */
    private static final int HEADER_START = 3;
    private static final int NOTE_WIDTH = 60;

    private final ComputedTable table;
    private final List<ComputedColumn> columns;
    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final WorkbookFormulas formulas;
    private final int codeRow;
    private final int firstDataRow;

    /** A text column after the table's own: its heading and one text per row, in the rows' order. */
    public record RowNotes(String heading, List<String> texts) {
    }

    private final RowNotes notes;

    private AnnexWorkbook(ComputedTable table, XSSFWorkbook workbook, RowNotes notes) {
        this.notes = notes;
        this.table = table;
        this.columns = table.columns();
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.code()));
        this.styles = new WorkbookStyles(workbook);
        this.formulas = new WorkbookFormulas(columns);
        this.codeRow = HEADER_START + table.headerRows();
        this.firstDataRow = codeRow + 1;
    }

    /** Writes the table as a one-sheet workbook with its formulas evaluated. */
    public static void write(ComputedTable table, String subtitle, OutputStream out) throws IOException {
        write(table, subtitle, null, out);
    }

    /** As {@link #write(ComputedTable, String, OutputStream)}, with a text beside each row (notes: none). */
    public static void write(ComputedTable table, String subtitle, RowNotes notes, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new AnnexWorkbook(table, workbook, notes).fill(subtitle);
            // Cached results let viewers that never recalculate (previews, POI readers) show figures.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        }
    }

    private void fill(String subtitle) {
        banner(0, table.definition().title(), styles.title);
        banner(1, subtitle, styles.subtitle);
        WorkbookLayout.columnWidths(sheet, table);
        header();
        codes();
        List<ComputedRow> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            body(rows.get(i), firstDataRow + i);
        }
        body(table.total(), firstDataRow + rows.size());
        notes();
        WorkbookLayout.pageSetup(sheet, HEADER_START, codeRow);
    }

    private void banner(int rowIndex, String text, CellStyle style) {
        text(sheet.createRow(rowIndex).createCell(0), text, style);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns.size() - 1));
        }
    }

    /** Every cell of the header grid gets the bordered style, so merged regions are outlined whole. */
    private void header() {
        for (int r = 0; r < table.headerRows(); r++) {
            XSSFRow row = sheet.createRow(HEADER_START + r);
            for (int c = 0; c < columns.size(); c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
        }
        for (PlacedHeaderCell placed : table.header()) {
            int top = HEADER_START + placed.row();
            int bottom = top + placed.rowSpan() - 1;
            int last = placed.column() + placed.colSpan() - 1;
            SpreadsheetText.text(sheet.getRow(top).getCell(placed.column()), placed.label());
            if (bottom > top || last > placed.column()) {
                sheet.addMergedRegion(new CellRangeAddress(top, bottom, placed.column(), last));
            }
        }
        WorkbookLayout.headerHeights(sheet, table.header(), HEADER_START);
    }

    private void notes() {
        if (notes == null) {
            return;
        }
        int column = columns.size();
        text(sheet.getRow(codeRow).createCell(column), notes.heading(), styles.code);
        for (int i = 0; i < notes.texts().size(); i++) {
            text(sheet.getRow(firstDataRow + i).createCell(column), notes.texts().get(i), styles.label);
        }
        sheet.setColumnWidth(column, NOTE_WIDTH * 256);
    }

    private void codes() {
        XSSFRow row = sheet.createRow(codeRow);
        for (int c = 0; c < columns.size(); c++) {
            text(row.createCell(c), columns.get(c).column().displayCode(), styles.code);
        }
    }

    private void body(ComputedRow values, int rowIndex) {
        XSSFRow row = sheet.createRow(rowIndex);
        boolean total = values.isTotal();
        for (int c = 0; c < columns.size(); c++) {
            ComputedColumn column = columns.get(c);
            XSSFCell cell = row.createCell(c);
            switch (column.column().role()) {
                case ORDINAL -> text(cell, values.ordinal(), styles.ordinal);
                case UNIT -> text(cell, values.label(), total ? styles.totalLabel : styles.label);
                case FORMULA -> cell.setCellFormula(formulas.of(column.column().parsedFormula(), rowIndex));
                default -> input(cell, values.value(column.code()), total, rowIndex);
            }
            if (column.column().role().isNumeric()) {
                cell.setCellStyle(styles.number(column.rate(), total));
            }
        }
    }

    private static void text(XSSFCell cell, String text, CellStyle style) {
        cell.setCellStyle(style);
        if (text != null && !text.isEmpty()) {
            SpreadsheetText.text(cell, text);
        }
    }

    /** The total of an input column sums the rows above it (if any); a missing input stays blank. */
    private void input(XSSFCell cell, Fraction value, boolean total, int rowIndex) {
        if (total && rowIndex > firstDataRow) {
            cell.setCellFormula(formulas.sum(cell.getColumnIndex(), firstDataRow, rowIndex - 1));
        } else if (!total && value != null) {
            BigDecimal exact = new BigDecimal(value.numerator())
                    .divide(new BigDecimal(value.denominator()), MathContext.DECIMAL64);
            cell.setCellValue(exact.doubleValue());
        }
    }
}
