package vn.ansinh.units;

import java.time.LocalDate;
import java.util.List;

/**
 * What a succession list import found: the events (new units with their predecessors resolved), the links it
 * creates, changes or finds already recorded, the words still undecided and the problems. It writes only when
 * nothing is undecided and nothing is wrong.
 */
public record SuccessionImportResult(String file, LocalDate effective, boolean dryRun, int events, int created,
        int changed, int unchanged, List<UndecidedPredecessor> undecided, List<UnitImportProblem> errors) {

    public SuccessionImportResult {
        undecided = List.copyOf(undecided);
        errors = List.copyOf(errors);
    }

    public boolean complete() {
        return undecided.isEmpty() && errors.isEmpty();
    }

    public boolean written() {
        return complete() && !dryRun;
    }
}
