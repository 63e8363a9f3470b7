package vn.ansinh.labour;

import java.util.List;
import java.util.Map;

/** What importing a labour record list did, or in a dry run would do: records by kind; with any error, nothing. */
public record LabourImportResult(String file, boolean dryRun, Map<RecordKind, Integer> records,
        List<LabourListProblem> errors, List<LabourListProblem> notices) {

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
