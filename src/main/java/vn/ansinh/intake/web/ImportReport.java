package vn.ansinh.intake.web;

import java.util.List;
import java.util.Locale;

import vn.ansinh.intake.ImportCounts;
import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.IntakeErrorFormatter;

/** An import's result as the API and the page show it, errors in the reader's language. */
record ImportReport(String file, boolean dryRun, boolean succeeded, Long programmeId, ImportCounts created,
        List<ErrorReport> errors, int disagreements) {

    record ErrorReport(String file, int line, String path, String field, String code, String message,
            String description) {
    }

    static ImportReport of(ImportResult result, IntakeErrorFormatter formatter, Locale locale) {
        List<ErrorReport> errors = result.errors().stream()
                .map(e -> new ErrorReport(e.file(), e.line(), e.path(), e.field(), e.code(),
                        formatter.message(e, locale), formatter.describe(e, locale)))
                .toList();
        return new ImportReport(result.file(), result.dryRun(), result.succeeded(), result.programmeId(),
                result.created(), errors, result.disagreements());
    }
}
