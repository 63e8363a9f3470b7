package vn.ansinh.households.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.ansinh.households.HouseholdImportResult;
import vn.ansinh.households.HouseholdListProblem;

/** A household list import as the API and the page show it, each problem said with its row and column. */
record HouseholdImportReport(String file, boolean dryRun, boolean succeeded, int created, int changed, int members,
        int statuses, List<ProblemReport> errors, List<ProblemReport> notices) {

    record ProblemReport(int row, String column, String code, String where, String message) {
    }

    static HouseholdImportReport of(HouseholdImportResult r, MessageSource messages, Locale locale) {
        return new HouseholdImportReport(r.file(), r.dryRun(), r.succeeded(), r.created(), r.changed(), r.members(),
                r.statuses(), problems(r.errors(), messages, locale), problems(r.notices(), messages, locale));
    }

    private static List<ProblemReport> problems(List<HouseholdListProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream().map(p -> new ProblemReport(p.row(), p.column(), p.code(), where(p, messages, locale),
                messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale))).toList();
    }

    private static String where(HouseholdListProblem p, MessageSource messages, Locale locale) {
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
