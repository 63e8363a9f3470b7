package vn.ansinh.relief.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.ansinh.relief.ReliefImportResult;
import vn.ansinh.relief.ReliefListProblem;

/**
 * A list of affected households imported as the API and the page show it: what was (or would be) written with its
 * totals, and each problem said with its sheet, row and column.
 */
record ReliefImportReport(String file, boolean dryRun, boolean succeeded, int households, int relieved,
        BigDecimal riceKg, BigDecimal money, List<ReliefImportResult.Line> lines, List<ProblemReport> errors,
        List<ProblemReport> notices) {

    /** field: the form's field the problem is about (empty for the file or a header). */
    record ProblemReport(String sheet, int row, String column, String field, String code, String where, String message) {
    }

    static ReliefImportReport of(ReliefImportResult r, MessageSource messages, Locale locale) {
        return new ReliefImportReport(r.file(), r.dryRun(), r.succeeded(), r.households(), r.relieved(), r.riceKg(),
                r.money(), r.lines(), problems(r.errors(), messages, locale), problems(r.notices(), messages, locale));
    }

    private static List<ProblemReport> problems(List<ReliefListProblem> problems, MessageSource messages,
            Locale locale) {
        return problems.stream().map(p -> new ProblemReport(p.sheet(), p.row(), p.column(), p.field(), p.code(),
                where(p, messages, locale), messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)))
                .toList();
    }

    /** «trang «…», dòng 4, cột «Xã»», as the other lists say it. */
    private static String where(ReliefListProblem p, MessageSource messages, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (p.sheet() != null) {
            parts.add(messages.getMessage("householdList.where.sheet", new Object[] {p.sheet()}, locale));
        }
        if (p.row() > 0) {
            parts.add(messages.getMessage("householdList.where.row", new Object[] {p.row()}, locale));
        }
        if (!p.column().isEmpty()) {
            parts.add(messages.getMessage("householdList.where.column", new Object[] {p.column()}, locale));
        }
        return parts.isEmpty() ? messages.getMessage("householdList.where.file", null, locale) : String.join(", ", parts);
    }
}
