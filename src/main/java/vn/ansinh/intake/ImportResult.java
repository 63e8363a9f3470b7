package vn.ansinh.intake;

import java.util.List;

/**
 * What an import did, or with a dry run would do. With errors nothing was written.
 * created counts the new records by kind; disagreements, the figures printed in the file (totals, rates,
 * figures in the text) that differ from what ansinh computes from its rows.
 */
public record ImportResult(String file, boolean dryRun, Long programmeId, ImportCounts created, List<IntakeError> errors,
        int disagreements) {

    /** A result whose printed figures were not checked (nothing was read or written). */
    public ImportResult(String file, boolean dryRun, Long programmeId, ImportCounts created, List<IntakeError> errors) {
        this(file, dryRun, programmeId, created, errors, 0);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    public boolean committed() {
        return succeeded() && !dryRun;
    }
}
