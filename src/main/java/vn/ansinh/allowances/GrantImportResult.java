package vn.ansinh.allowances;

import java.util.List;

/** What importing a list of grants did, or in a dry run would do: the grants added; with any error, none was. */
public record GrantImportResult(String file, boolean dryRun, int created, List<GrantListProblem> errors,
        List<GrantListProblem> notices) {

    public GrantImportResult {
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
