package vn.ansinh.intake;

import java.util.List;

import vn.ansinh.checks.Finding;

/**
 * What importing annex tables from a workbook did, or in a dry run would do: the sheets read, the
 * figures changed, every printed figure of the workbook that disagrees with its rows, and notes on
 * what was not read. With any error nothing was written.
 */
public record WorkbookImport(String file, boolean dryRun, long programmeId, List<SheetRead> sheets,
        WorkbookCounts counts, List<FigureChange> changes, List<Finding> findings, List<SheetProblem> errors,
        List<SheetProblem> notices) {

    public boolean succeeded() {
        return errors.isEmpty();
    }

    public boolean committed() {
        return succeeded() && !dryRun;
    }

    public static WorkbookImport refused(String file, boolean dryRun, long programmeId, List<SheetProblem> errors,
            List<SheetProblem> notices) {
        return new WorkbookImport(file, dryRun, programmeId, List.of(), new WorkbookCounts(0, 0, 0, 0), List.of(),
                List.of(), errors, notices);
    }
}
