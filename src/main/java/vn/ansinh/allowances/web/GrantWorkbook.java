package vn.ansinh.allowances.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.ansinh.allowances.Grant;
import vn.ansinh.shared.SpreadsheetText;

/**
 * A register's XLSX file: one sheet with its title, heading and column headers, marked as personal data in its
 * properties and page header; amounts as numbers in whole đồng, days as dd/mm/yyyy; totals written by ansinh (values,
 * not formulas). The health-related group is masked unless the file is taken in full.
 */
final class GrantWorkbook implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final MessageSource messages;
    private final Locale locale;
    private final boolean unmasked;
    private final CellStyle bold;
    private final CellStyle amount;
    private final CellStyle boldAmount;
    private final CellStyle date;
    final Sheet sheet;

    /** sheetKey, titleKey: message keys; headers: message keys of the columns, written on the fourth row. */
    GrantWorkbook(MessageSource messages, Locale locale, String marking, boolean unmasked, String sheetKey,
            String titleKey, String heading, List<String> headers) {
        this.messages = messages;
        this.locale = locale;
        this.unmasked = unmasked;
        workbook.getProperties().getCoreProperties().setDescription(marking);
        Font font = workbook.createFont();
        font.setBold(true);
        short whole = workbook.createDataFormat().getFormat("#,##0");
        bold = style(font, (short) 0);
        amount = style(null, whole);
        boldAmount = style(font, whole);
        date = style(null, workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        sheet = workbook.createSheet(message(sheetKey));
        sheet.getHeader().setCenter(marking);
        text(sheet.createRow(0).createCell(0), message(titleKey), true);
        text(sheet.createRow(1).createCell(0), heading, false);
        headers(headers);
    }

    private void headers(List<String> keys) {
        Row header = sheet.createRow(3);
        for (int c = 0; c < keys.size(); c++) {
            text(header.createCell(c), message(keys.get(c)), true);
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    /** A style of the font (null: the default) and the data format (0: general). */
    private CellStyle style(Font font, short format) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        style.setDataFormat(format);
        return style;
    }

    /** The ordinal, name, birth date and group of a grant in the row's first four cells. */
    void person(Row row, int ordinal, Grant g) {
        row.createCell(0).setCellValue(ordinal);
        text(row.createCell(1), g.fullName(), false);
        day(row.createCell(2), g.birthDate());
        text(row.createCell(3), g.group().health() && !unmasked ? message("grant.group.masked")
                : message("grant.group." + g.group()), false);
    }

    void day(Cell cell, LocalDate value) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    void amount(Cell cell, BigDecimal value, boolean total) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(total ? boldAmount : amount);
    }

    void text(Cell cell, String value, boolean strong) {
        SpreadsheetText.text(cell, value);
        if (strong) {
            cell.setCellStyle(bold);
        }
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Names and groups read wide. */
    void wide(int... columns) {
        for (int c : columns) {
            sheet.setColumnWidth(c, 28 * 256);
        }
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
