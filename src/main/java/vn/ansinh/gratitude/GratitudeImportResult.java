package vn.ansinh.gratitude;

import java.util.List;

/**
 * What importing a list of the fund did, or in a dry run would do: the contributions and houses written (with their
 * new ids) or to be written (id 0); with any error, none was.
 */
public record GratitudeImportResult(String file, boolean dryRun, List<Contribution> contributions,
        List<GratitudeHouse> houses, List<GratitudeListProblem> errors, List<GratitudeListProblem> notices) {

    public GratitudeImportResult {
        contributions = List.copyOf(contributions);
        houses = List.copyOf(houses);
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
