package vn.ansinh.units;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a unit list did, or — a dry run, or refused for its problems — would do: the units created, changed
 * (renamed, moved or of another kind: a new version from the effective day), ended the day before, and unchanged.
 */
public record UnitImportResult(String file, LocalDate effective, boolean dryRun, List<UnitImportChange> changes,
        int unchanged, List<UnitImportProblem> errors) {

    public UnitImportResult {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    public long count(UnitImportChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
