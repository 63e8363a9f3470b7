package vn.ansinh.allowances.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;

import vn.ansinh.allowances.AllowanceSchedule;
import vn.ansinh.allowances.ArrearsList;

/**
 * What a base level entered late owes a commune, as XLSX: each beneficiary owed, the months owed, what a month was
 * paid and is due, the amount owed; the totals of months and amount.
 */
final class ArrearsXlsx {

    private static final List<String> HEADERS = List.of("grant.xlsx.ordinal", "grant.fullName", "grant.birthDate",
            "grant.group", "grant.citizenId", "grant.coefficient", "grant.arrearsList.months", "grant.arrearsList.count",
            "grant.arrearsList.paid", "grant.arrearsList.due", "grant.arrearsList.owed", "grant.xlsx.signature");

    private final MessageSource messages;
    private final Locale locale;

    ArrearsXlsx(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(ArrearsList list, String title, String marking, boolean unmasked, OutputStream out) throws IOException {
        try (GrantWorkbook book = new GrantWorkbook(messages, locale, marking, unmasked, "grant.arrearsList.sheet",
                "grant.arrearsList.title", title, HEADERS)) {
            int r = 4;
            for (ArrearsList.Owed owed : list.owed()) {
                Row row = book.sheet.createRow(r);
                book.person(row, r - 3, owed.grant());
                book.text(row.createCell(4), owed.grant().citizenId(), false);
                row.createCell(5).setCellValue(owed.grant().coefficient().doubleValue());
                book.text(row.createCell(6), owed.months().stream().map(a -> a.month().format(
                        GrantExportsController.MONTH)).collect(Collectors.joining(", ")), false);
                row.createCell(7).setCellValue(owed.months().size());
                AllowanceSchedule.Arrear first = owed.months().get(0);
                book.amount(row.createCell(8), first.paid(), false);
                book.amount(row.createCell(9), first.due(), false);
                book.amount(row.createCell(10), owed.total(), false);
                r++;
            }
            Row total = book.sheet.createRow(r);
            book.text(total.createCell(1), book.message("grant.total"), true);
            total.createCell(7).setCellValue(list.months());
            book.amount(total.createCell(10), list.total(), true);
            book.wide(1, 3, 6);
            book.write(out);
        }
    }
}
