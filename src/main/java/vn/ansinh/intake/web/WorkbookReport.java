package vn.ansinh.intake.web;

import java.math.BigDecimal;
import java.util.List;

import vn.ansinh.intake.FigureChange;
import vn.ansinh.intake.SheetRead;
import vn.ansinh.intake.WorkbookCounts;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * A workbook import as the API and the page show it: messages, findings and places in the
 * reader's language. succeeded: nothing was wrong (and, unless a dry run, the figures are written).
 */
record WorkbookReport(String file, boolean dryRun, boolean succeeded, long programmeId, List<SheetRead> sheets,
        WorkbookCounts counts, List<ChangeReport> changes, List<FindingReport> findings, List<ProblemReport> errors,
        List<ProblemReport> notices) {

    /** where: sheet, row, column and field said in words; message: what is wrong or was left unread. */
    record ProblemReport(String sheet, int row, String column, String field, String code, String where,
            String message) {
    }

    /** A figure the workbook changes, before (null: none yet) and after, as numbers and as printed. */
    record ChangeReport(String table, String unit, String column, String label, BigDecimal before, BigDecimal after,
            String beforeText, String afterText) {

        static ChangeReport of(FigureChange change) {
            return new ChangeReport(change.table(), change.unit(), change.column(), change.label(), change.before(),
                    change.after(), change.before() == null ? "" : VietnameseNumbers.formatAmount(change.before()),
                    VietnameseNumbers.formatAmount(change.after()));
        }
    }

    /** A printed figure of the workbook that disagrees with what its rows give. */
    record FindingReport(String table, String row, String column, BigDecimal printed, String printedText,
            BigDecimal computed, String computedText, String rule, String explanation) {
    }
}
