package vn.ansinh.gratitude.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.ansinh.gratitude.Contribution;
import vn.ansinh.gratitude.GratitudeHouse;
import vn.ansinh.gratitude.GratitudeImportResult;
import vn.ansinh.gratitude.GratitudeListProblem;

/**
 * A list of the fund imported as the API and the page show it: the contributions and houses written (or, in a dry run,
 * to be written) and each problem said with its sheet, row and column.
 */
record GratitudeImportReport(String file, boolean dryRun, boolean succeeded, List<Contribution> contributions,
        List<GratitudeHouse> houses, List<ProblemReport> errors, List<ProblemReport> notices) {

    /** field: the entry's field the problem is about, as the page's form names it (empty for the file or a header). */
    record ProblemReport(String sheet, int row, String column, String field, String code, String where, String message) {
    }

    static GratitudeImportReport of(GratitudeImportResult r, MessageSource messages, Locale locale) {
        return new GratitudeImportReport(r.file(), r.dryRun(), r.succeeded(), r.contributions(), r.houses(),
                problems(r.errors(), messages, locale), problems(r.notices(), messages, locale));
    }

    private static List<ProblemReport> problems(List<GratitudeListProblem> problems, MessageSource messages,
            Locale locale) {
        return problems.stream().map(p -> new ProblemReport(p.sheet(), p.row(), p.column(), p.field(), p.code(),
                where(p, messages, locale), messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)))
                .toList();
    }

    private static String where(GratitudeListProblem p, MessageSource messages, Locale locale) {
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
