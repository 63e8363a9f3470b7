package vn.ansinh.intake.internal.sheets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of a sheet as the import reads them: text for headers and names (a merged region's
 * text in each of its cells, as the eye reads it), and readings for figures.
 */
final class SheetCells {

    /** Excel stores numbers as doubles: 3971 may come back as 3971.0000000001. */
    private static final int NUMBER_SCALE = 10;

    /** What a cell holds: nothing, a number (from a live formula or typed), text, or something unreadable. */
    sealed interface Reading {
    }

    record Blank() implements Reading {
    }

    record Number(BigDecimal value, boolean formula) implements Reading {
    }

    record Text(String text) implements Reading {
    }

    /** shown: the cell as Excel shows it ("#DIV/0!", "TRUE", a date). */
    record Unreadable(String shown) implements Reading {
    }

    private final Sheet sheet;
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter = new DataFormatter();
    private final List<CellRangeAddress> merged;

    SheetCells(Sheet sheet) {
        this.sheet = sheet;
        this.evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        this.merged = sheet.getMergedRegions();
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    /**
     * The numbers of the rows the sheet has, from this one on, in order: a sheet that numbers a row
     * 999.999.999 has that row, not the billion before it, so nothing walks them.
     */
    List<Integer> rowsFrom(int first) {
        List<Integer> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() >= first) {
                rows.add(row.getRowNum());
            }
        }
        return rows;
    }

    /** Columns in use in the rows up to this one. */
    int width(int lastRow) {
        int width = 0;
        for (Row row : sheet) {
            if (row.getRowNum() <= lastRow) {
                width = Math.max(width, row.getLastCellNum());
            }
        }
        return width;
    }

    static String columnLetter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** The text the cell shows, or its merged region's; "" when blank. Whitespace collapsed. */
    String text(int row, int column) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(row, column)) {
                return ownText(region.getFirstRow(), region.getFirstColumn());
            }
        }
        return ownText(row, column);
    }

    private String ownText(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return "";
        }
        String shown;
        try {
            shown = cell.getCellType() == CellType.FORMULA ? formatter.formatCellValue(cell, evaluator)
                    : formatter.formatCellValue(cell);
        } catch (RuntimeException e) {
            return ""; // a value its type cannot hold: read as nothing, its figure named as unreadable
        }
        return shown.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A cell whose stored value does not match its type (a damaged file) is unreadable, not a failure. */
    Reading read(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return new Blank();
        }
        try {
            return typed(cell);
        } catch (RuntimeException e) {
            return new Unreadable(ownText(row, column));
        }
    }

    private Reading typed(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> number(cell, cell.getNumericCellValue(), false);
            case STRING -> text(cell.getStringCellValue());
            case FORMULA -> formula(cell);
            case BOOLEAN -> new Unreadable(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new Unreadable(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> new Blank();
        };
    }

    /** A formula's value as Excel would compute it; where POI cannot, the value Excel saved with it. */
    private Reading formula(Cell cell) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return cached(cell);
        }
        return switch (value.getCellType()) {
            case NUMERIC -> number(cell, value.getNumberValue(), true);
            case STRING -> text(value.getStringValue());
            case BOOLEAN -> new Unreadable(value.getBooleanValue() ? "TRUE" : "FALSE");
            case ERROR -> new Unreadable(FormulaError.forInt(value.getErrorValue()).getString());
            default -> new Blank();
        };
    }

    private Reading cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> number(cell, cell.getNumericCellValue(), true);
            case STRING -> text(cell.getStringCellValue());
            default -> new Unreadable(cell.getCellFormula());
        };
    }

    /** A percent-formatted cell holds 0.0992 for 9,92 %; tables give rates in percent. */
    private Reading number(Cell cell, double value, boolean formula) {
        if (!Double.isFinite(value)) {
            return new Unreadable(String.valueOf(value));
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return new Unreadable(formatter.formatCellValue(cell, evaluator));
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        if (cell.getCellStyle().getDataFormatString().contains("%")) {
            exact = exact.movePointRight(2);
        }
        BigDecimal rounded = exact.setScale(NUMBER_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return new Number(rounded.scale() < 0 ? rounded.setScale(0) : rounded, formula);
    }

    private static Reading text(String text) {
        String stripped = text.replace('\u00a0', ' ').strip();
        return stripped.isEmpty() ? new Blank() : new Text(stripped);
    }

    private Cell cell(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }
}
