package vn.ansinh.households;

import java.time.LocalDate;

/** A household ended on a day for a reason: from then on the retention period of its personal data runs. */
public record HouseholdEnd(LocalDate endedOn, HouseholdEndReason reason) {

    /** What is wrong with the end, by field, as of today (a day to come is no end yet). */
    public vn.ansinh.shared.FieldProblems problems(LocalDate today) {
        vn.ansinh.shared.FieldProblems problems = new vn.ansinh.shared.FieldProblems();
        if (endedOn == null) {
            problems.add("endedOn", "household.end.date.missing");
        } else if (endedOn.isAfter(today)) {
            problems.add("endedOn", "household.end.date.future");
        }
        if (reason == null) {
            problems.add("reason", "household.end.reason.missing");
        }
        return problems;
    }
}
