package vn.ansinh.households.internal.importing;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The rows of a workbook's first sheet as text: cells as Excel shows them, dates as yyyy-mm-dd so
 * they read the same whatever the computer's date format, whole numbers without separators.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<TabularRow> of(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        List<TabularRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c), formatter, evaluator));
            }
            rows.add(new TabularRow(row.getRowNum() + 1, cells));
        }
        return rows;
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
