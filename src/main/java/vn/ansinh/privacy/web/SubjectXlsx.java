package vn.ansinh.privacy.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ansinh.shared.SpreadsheetText;

/** A subject's tables as an XLSX, one sheet a table; every cell text, none read as a formula. */
final class SubjectXlsx {

    private SubjectXlsx() {
    }

    /** marking: that the file holds personal data, for which purpose, taken by whom and when — on every printed page. */
    static void write(SubjectTables tables, String marking, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setDescription(marking);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SubjectTables.Table table : tables.tables()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                sheet.getHeader().setCenter(marking);
                row(sheet, 0, table.headers(), bold);
                for (int r = 0; r < table.rows().size(); r++) {
                    row(sheet, r + 1, table.rows().get(r), null);
                }
            }
            workbook.write(out);
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            SpreadsheetText.text(row.createCell(c), cells.get(c));
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
    }
}
