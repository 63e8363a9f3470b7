package vn.ansinh.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.checks.Finding;
import vn.ansinh.intake.SheetProblem;
import vn.ansinh.intake.WorkbookImport;

/** Says a workbook import in the reader's language: "trang «bieu-1», dòng 7, cột C (cột 1 của biểu)". */
@Component
class WorkbookReports {

    private final MessageSource messages;

    WorkbookReports(MessageSource messages) {
        this.messages = messages;
    }

    WorkbookReport of(WorkbookImport result, Locale locale) {
        return new WorkbookReport(result.file(), result.dryRun(), result.succeeded(), result.programmeId(),
                result.sheets(), result.counts(),
                result.changes().stream().map(WorkbookReport.ChangeReport::of).toList(),
                result.findings().stream().map(f -> finding(f, locale)).toList(),
                problems(result.errors(), locale), problems(result.notices(), locale));
    }

    private List<WorkbookReport.ProblemReport> problems(List<SheetProblem> problems, Locale locale) {
        return problems.stream().map(p -> new WorkbookReport.ProblemReport(p.sheet(), p.row(), p.column(), p.field(),
                p.code(), where(p, locale), messages.getMessage(p.code(), p.arguments().toArray(), p.code(), locale)))
                .toList();
    }

    private String where(SheetProblem problem, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!problem.sheet().isEmpty()) {
            parts.add(messages.getMessage("workbook.where.sheet", new Object[] {problem.sheet()}, locale));
        }
        if (problem.row() > 0) {
            parts.add(messages.getMessage("workbook.where.row", new Object[] {problem.row()}, locale));
        }
        if (!problem.column().isEmpty()) {
            parts.add(messages.getMessage("workbook.where.column", new Object[] {problem.column()}, locale));
        }
        // The unit column is "B" in the table and mostly in the sheet: "cột B, cột B của biểu" says it twice.
        if (!problem.field().isEmpty() && !problem.field().equals(problem.column())) {
            parts.add(messages.getMessage("workbook.where.field", new Object[] {problem.field()}, locale));
        }
        return parts.isEmpty() ? messages.getMessage("workbook.where.file", null, locale) : String.join(", ", parts);
    }

    private WorkbookReport.FindingReport finding(Finding finding, Locale locale) {
        String explanation = messages.getMessage("finding.rule." + finding.rule().name(),
                finding.ruleArguments().toArray(), locale);
        return new WorkbookReport.FindingReport(finding.table(), finding.row(), finding.column(),
                finding.printedValue(), finding.printed(), finding.computedValue(), finding.computed(),
                finding.rule().name(), explanation);
    }
}
