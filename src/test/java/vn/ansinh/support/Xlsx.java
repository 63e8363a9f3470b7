package vn.ansinh.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for import tests: one built row by row, as an office makes it by hand, or one
 * downloaded from ansinh and changed, as an officer changes it in Excel.
 */
public final class Xlsx {

    private final XSSFWorkbook workbook;
    private Sheet sheet;

    private Xlsx(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static Xlsx create() {
        return new Xlsx(new XSSFWorkbook());
    }

    public static Xlsx open(byte[] content) {
        try {
            Xlsx xlsx = new Xlsx(new XSSFWorkbook(new ByteArrayInputStream(content)));
            xlsx.sheet = xlsx.workbook.getSheetAt(0);
            return xlsx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Xlsx sheet(String name) {
        sheet = workbook.getSheet(name) != null ? workbook.getSheet(name) : workbook.createSheet(name);
        return this;
    }

    /**
     * Appends a row: a String is text, a Number a number, null a blank cell, a {@link Formula} a
     * formula (without "=").
     */
    public Xlsx row(Object... cells) {
        Row row = sheet.createRow(next());
        for (int c = 0; c < cells.length; c++) {
            set(row.createCell(c), cells[c]);
        }
        return this;
    }

    public Xlsx blankRow() {
        sheet.createRow(next());
        return this;
    }

    private int next() {
        return sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
    }

    /** Merges rows first–last and columns first–last (0-based) of the current sheet. */
    public Xlsx merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    /** The index of the last row written, to merge relative to it. */
    public int lastRow() {
        return sheet.getLastRowNum();
    }

    /** Sets a cell of the current sheet (0-based row and column). */
    public Xlsx set(int row, int column, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        set(r.getCell(column) == null ? r.createCell(column) : r.getCell(column), value);
        return this;
    }

    /** The row (0-based) whose cell in the column has this text. */
    public int rowOf(int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row with «" + text + "» in column " + column);
    }

    /** Changes the current sheet in any other way. */
    public Xlsx with(Consumer<Sheet> change) {
        change.accept(sheet);
        return this;
    }

    public Xlsx percentFormat(int row, int column) {
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        sheet.getRow(row).getCell(column).setCellStyle(style);
        return this;
    }

    public Workbook workbook() {
        return workbook;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A formula cell's text, without "=". */
    public record Formula(String text) {
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.text());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
