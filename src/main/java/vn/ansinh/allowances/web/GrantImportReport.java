package vn.ansinh.allowances.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.ansinh.allowances.GrantImportResult;
import vn.ansinh.allowances.GrantListProblem;

/** A list of grants imported as the API and the page show it, each problem said with its sheet, row and column. */
record GrantImportReport(String file, boolean dryRun, boolean succeeded, int created, List<ProblemReport> errors,
        List<ProblemReport> notices) {

    /** field: the grant's field the problem is about, as the add form names it (empty for the file or a header). */
    record ProblemReport(String sheet, int row, String column, String field, String code, String where, String message) {
    }

    static GrantImportReport of(GrantImportResult r, MessageSource messages, Locale locale) {
        return new GrantImportReport(r.file(), r.dryRun(), r.succeeded(), r.created(),
                problems(r.errors(), messages, locale), problems(r.notices(), messages, locale));
    }

    private static List<ProblemReport> problems(List<GrantListProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream().map(p -> new ProblemReport(p.sheet(), p.row(), p.column(), p.field(), p.code(),
                where(p, messages, locale), messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)))
                .toList();
    }

    private static String where(GrantListProblem p, MessageSource messages, Locale locale) {
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
