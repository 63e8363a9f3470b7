package vn.ansinh.shared.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ansinh.shared.SpreadsheetText;

/**
 * A template to fill in: the header row (needed columns in bold) and, for each column with a set of
 * values, a drop-down list that refuses anything else. The lists sit on a hidden sheet, so they may be
 * longer than Excel's 255 characters of an inline list; imports read only visible sheets.
 */
public final class TemplateWorkbook {

    /** The rows that get the drop-down lists: room for a large commune's list. */
    static final int ROWS = 20_000;
    public static final String LISTS_SHEET = "Danh mục";

    private TemplateWorkbook() {
    }

    public static void write(ListTemplate template, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(template.sheetName());
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            Row header = sheet.createRow(0);
            CellStyle needed = bold(workbook);
            List<ListTemplate.Column> columns = template.columns();
            for (int c = 0; c < columns.size(); c++) {
                ListTemplate.Column column = columns.get(c);
                var cell = header.createCell(c);
                SpreadsheetText.text(cell, column.header());
                if (column.required()) {
                    cell.setCellStyle(needed);
                }
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, column.header().length() + 4)) * 256);
                if (!column.values().isEmpty()) {
                    dropDown(sheet, lists, c, column.values());
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.write(out);
        }
    }

    private static void dropDown(Sheet sheet, Sheet lists, int column, List<String> values) {
        for (int r = 0; r < values.size(); r++) {
            Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
            SpreadsheetText.text(row.createCell(column), values.get(r));
        }
        String letter = CellReference.convertNumToColString(column);
        String range = "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + values.size();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, Math.min(ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()), column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
