package vn.ansinh.privacy;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.households.RetentionCandidate;

/** The households past a retention of so many years on a day: to be anonymised (a dry run) or anonymised. */
public record RetentionRun(LocalDate day, int retentionYears, List<RetentionCandidate> households) {

    public RetentionRun {
        households = List.copyOf(households);
    }

    /** How many members their households have, together. */
    public int members() {
        return households.stream().mapToInt(RetentionCandidate::members).sum();
    }
}
