package vn.ansinh.households;

import java.util.List;

/**
 * What importing a household list did, or in a dry run would do: households created and changed,
 * member rows and statuses written; with any error, nothing was written.
 */
public record HouseholdImportResult(String file, boolean dryRun, int created, int changed, int members, int statuses,
        List<HouseholdListProblem> errors, List<HouseholdListProblem> notices) {

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
