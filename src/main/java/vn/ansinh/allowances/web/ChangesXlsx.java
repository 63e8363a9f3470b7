package vn.ansinh.allowances.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;

import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.MonthChanges;
import vn.ansinh.allowances.Register;

/**
 * A commune's changes of a month as XLSX: the new grants with the month's allowance, the stopped ones with the
 * allowance no longer paid and why, the ones a new decision changed from the month with the month's allowance at the
 * new coefficient and at the old one and the difference; each part's count and sums, the net change.
 */
final class ChangesXlsx {

    private static final List<String> HEADERS = List.of("grant.xlsx.ordinal", "grant.fullName", "grant.birthDate",
            "grant.group", "grant.citizenId", "grant.decision", "grant.coefficient", "grant.changes.change",
            "grant.monthly", "grant.changes.oldCoefficient", "grant.changes.oldMonthly", "grant.changes.difference");

    private final MessageSource messages;
    private final Locale locale;

    ChangesXlsx(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(MonthChanges changes, String title, String marking, boolean unmasked, OutputStream out)
            throws IOException {
        try (GrantWorkbook book = new GrantWorkbook(messages, locale, marking, unmasked, "grant.changes.sheet",
                "grant.changes.title", title, HEADERS)) {
            int r = part(book, 4, "grant.changes.added", changes.added(), changes.addedTotal(), false);
            r = part(book, r + 1, "grant.changes.stopped", changes.stopped(), changes.stoppedTotal(), true);
            r = changed(book, r + 1, changes);
            Row net = book.sheet.createRow(r + 1);
            book.text(net.createCell(1), book.message("grant.changes.net"), true);
            book.amount(net.createCell(8), changes.net(), true);
            book.wide(1, 3, 7);
            book.write(out);
        }
    }

    /** A part's heading, its lines and its sum; the row after the sum. */
    private static int part(GrantWorkbook book, int first, String headingKey, List<Register.Line> lines,
            BigDecimal total, boolean stopped) {
        book.text(book.sheet.createRow(first).createCell(0), book.message(headingKey), true);
        int r = first + 1;
        for (Register.Line line : lines) {
            Row row = book.sheet.createRow(r);
            Grant g = line.grant();
            book.person(row, r - first, g);
            book.text(row.createCell(4), g.citizenId(), false);
            book.text(row.createCell(5), g.decision(), false);
            row.createCell(6).setCellValue(g.coefficient().doubleValue());
            book.text(row.createCell(7), stopped ? stopped(book, g) : book.message("grant.changes.new"), false);
            book.amount(row.createCell(8), line.monthly(), false);
            r++;
        }
        Row sum = book.sheet.createRow(r);
        book.text(sum.createCell(1), book.message("grant.changes.count", lines.size()), true);
        book.amount(sum.createCell(8), total, true);
        return r + 1;
    }

    /** The changed grants: at the new coefficient in the month's columns, the old one and the difference after. */
    private static int changed(GrantWorkbook book, int first, MonthChanges changes) {
        book.text(book.sheet.createRow(first).createCell(0), book.message("grant.changes.changed"), true);
        int r = first + 1;
        for (MonthChanges.Changed c : changes.changed()) {
            changedRow(book, book.sheet.createRow(r), r - first, c);
            r++;
        }
        Row sum = book.sheet.createRow(r);
        book.text(sum.createCell(1), book.message("grant.changes.count", changes.changed().size()), true);
        book.amount(sum.createCell(8), changes.changedAfter(), true);
        book.amount(sum.createCell(10), changes.changedBefore(), true);
        book.amount(sum.createCell(11), changes.changedDifference(), true);
        return r + 1;
    }

    private static void changedRow(GrantWorkbook book, Row row, int ordinal, MonthChanges.Changed c) {
        book.person(row, ordinal, c.grant());
        book.text(row.createCell(4), c.grant().citizenId(), false);
        book.text(row.createCell(5), c.change().newDecision(), false);
        row.createCell(6).setCellValue(c.change().newCoefficient().doubleValue());
        book.text(row.createCell(7), book.message("grant.changes.changedFrom", c.change().oldDecision()), false);
        book.amount(row.createCell(8), c.after(), false);
        row.createCell(9).setCellValue(c.change().oldCoefficient().doubleValue());
        book.amount(row.createCell(10), c.before(), false);
        book.amount(row.createCell(11), c.difference(), false);
    }

    private static String stopped(GrantWorkbook book, Grant g) {
        return g.endReason() == null ? book.message("grant.changes.ended")
                : book.message("grant.changes.endedFor", book.message("grant.endReason." + g.endReason()));
    }
}
