package vn.ansinh.intake;

import java.util.List;

/**
 * What an import did, or with a dry run would do. With errors nothing was written.
 * created counts the new records by kind.
 */
public record ImportResult(String file, boolean dryRun, Long programmeId, ImportCounts created, List<IntakeError> errors) {

    public boolean succeeded() {
        return errors.isEmpty();
    }

    public boolean committed() {
        return succeeded() && !dryRun;
    }
}
