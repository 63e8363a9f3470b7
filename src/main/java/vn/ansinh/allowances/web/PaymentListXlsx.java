package vn.ansinh.allowances.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;

import vn.ansinh.allowances.Register;

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
        try (GrantWorkbook book = new GrantWorkbook(messages, locale, marking, unmasked, "grant.xlsx.sheet",
                "grant.xlsx.title", title, HEADERS)) {
            int r = 4;
            for (Register.Line line : register.lines()) {
                if (line.monthly().signum() > 0 || line.arrears().signum() > 0) {
                    line(book, book.sheet.createRow(r), r - 3, line);
                    r++;
                }
            }
            Row total = book.sheet.createRow(r);
            book.text(total.createCell(1), book.message("grant.total"), true);
            book.amount(total.createCell(6), register.monthlyTotal(), true);
            book.amount(total.createCell(7), register.arrearsTotal(), true);
            book.amount(total.createCell(8), register.monthlyTotal().add(register.arrearsTotal()), true);
            book.wide(1, 3);
            book.write(out);
        }
    }

    private static void line(GrantWorkbook book, Row row, int ordinal, Register.Line line) {
        book.person(row, ordinal, line.grant());
        book.text(row.createCell(4), line.grant().decision(), false);
        row.createCell(5).setCellValue(line.grant().coefficient().doubleValue());
        book.amount(row.createCell(6), line.monthly(), false);
        book.amount(row.createCell(7), line.arrears(), false);
        book.amount(row.createCell(8), line.monthly().add(line.arrears()), false);
    }
}
