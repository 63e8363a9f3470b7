package vn.ansinh.allowances.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.ansinh.allowances.Register;
import vn.ansinh.shared.SpreadsheetText;

/**
 * A commune's payment list of a month as XLSX: everyone paid that month or owed arrears, with what each receives and a
 * column to sign; totals computed by ansinh (values, not formulas); amounts as numbers in whole đồng.
 */
final class PaymentListXlsx {

    private static final List<String> HEADERS = List.of("grant.xlsx.ordinal", "grant.fullName", "grant.birthDate",
            "grant.group", "grant.decision", "grant.coefficient", "grant.monthly", "grant.arrears", "grant.xlsx.sum",
            "grant.xlsx.signature");

    private final MessageSource messages;
    private final Locale locale;

    PaymentListXlsx(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** title: the list's heading (month and commune); marking: what the file says of its personal data. */
    void write(Register register, String title, String marking, boolean unmasked, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setDescription(marking);
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(text("grant.xlsx.sheet"));
            sheet.getHeader().setCenter(marking);
            text(sheet.createRow(0).createCell(0), text("grant.xlsx.title"), styles.bold);
            text(sheet.createRow(1).createCell(0), title, null);
            Row header = sheet.createRow(3);
            for (int c = 0; c < HEADERS.size(); c++) {
                text(header.createCell(c), text(HEADERS.get(c)), styles.bold);
            }
            int r = 4;
            for (Register.Line line : register.lines()) {
                if (line.monthly().signum() > 0 || line.arrears().signum() > 0) {
                    line(sheet.createRow(r), r - 3, line, unmasked, styles);
                    r++;
                }
            }
            Row total = sheet.createRow(r);
            text(total.createCell(1), text("grant.total"), styles.bold);
            amount(total.createCell(6), register.monthlyTotal(), styles.boldAmount);
            amount(total.createCell(7), register.arrearsTotal(), styles.boldAmount);
            amount(total.createCell(8), register.monthlyTotal().add(register.arrearsTotal()), styles.boldAmount);
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, c == 1 || c == 3 ? 28 * 256 : 14 * 256);
            }
            workbook.write(out);
        }
    }

    private void line(Row row, int ordinal, Register.Line line, boolean unmasked, Styles styles) {
        row.createCell(0).setCellValue(ordinal);
        text(row.createCell(1), line.grant().fullName(), null);
        if (line.grant().birthDate() != null) {
            Cell born = row.createCell(2);
            born.setCellValue(line.grant().birthDate());
            born.setCellStyle(styles.date);
        }
        text(row.createCell(3), line.grant().group().health() && !unmasked ? text("grant.group.masked")
                : text("grant.group." + line.grant().group()), null);
        text(row.createCell(4), line.grant().decision(), null);
        row.createCell(5).setCellValue(line.grant().coefficient().doubleValue());
        amount(row.createCell(6), line.monthly(), styles.amount);
        amount(row.createCell(7), line.arrears(), styles.amount);
        amount(row.createCell(8), line.monthly().add(line.arrears()), styles.amount);
    }

    private static void amount(Cell cell, BigDecimal value, CellStyle style) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void text(Cell cell, String value, CellStyle style) {
        SpreadsheetText.text(cell, value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    /** Whole đồng with the separators of the reader's Excel; days as dd/mm/yyyy. */
    private static final class Styles {

        final CellStyle bold;
        final CellStyle amount;
        final CellStyle boldAmount;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            short whole = workbook.createDataFormat().getFormat("#,##0");
            amount = workbook.createCellStyle();
            amount.setDataFormat(whole);
            boldAmount = workbook.createCellStyle();
            boldAmount.setDataFormat(whole);
            boldAmount.setFont(font);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }
}
