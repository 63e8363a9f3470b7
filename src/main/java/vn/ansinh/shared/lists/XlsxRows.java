package vn.ansinh.shared.lists;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The rows of a workbook as text: cells as Excel shows them, dates as yyyy-mm-dd so they read the same
 * whatever the computer's date format, whole numbers without separators. A list longer than a sheet
 * (1.048.576 rows) goes on in the next sheets, each with the same header, which is read once. Hidden
 * sheets are not read: they hold a template's drop-down lists.
 */
public final class XlsxRows {

    private XlsxRows() {
    }

    public static List<TabularRow> of(Workbook workbook) {
        DataFormatter formatter = new DataFormatter();
        var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<TabularRow> rows = new ArrayList<>();
        List<String> header = null;
        for (Sheet sheet : workbook) {
            if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))
                    || workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet))) {
                continue; // a template's drop-down lists, not data
            }
            boolean headerSeen = false;
            for (Row row : sheet) {
                TabularRow read = row(sheet, row, formatter, evaluator);
                if (header != null && !headerSeen && !read.blank()) {
                    headerSeen = true;
                    if (read.cells().equals(header)) {
                        continue;
                    }
                }
                if (header == null && !read.blank()) {
                    header = read.cells();
                    headerSeen = true;
                }
                rows.add(read);
            }
        }
        return rows;
    }

    private static TabularRow row(Sheet sheet, Row row, DataFormatter formatter,
            org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c), formatter, evaluator));
        }
        return new TabularRow(sheet.getSheetName(), row.getRowNum() + 1, cells);
    }

    private static String text(Cell cell, DataFormatter formatter, org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())) {
            return String.valueOf((long) cell.getNumericCellValue());
        }
        return formatter.formatCellValue(cell, evaluator).replace('\u00a0', ' ').strip();
    }
}
