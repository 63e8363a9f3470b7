package vn.ansinh.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.ansinh.households.HouseholdRetention;
import vn.ansinh.households.RetentionCandidate;

/**
 * The retention of personal data (Law 91/2025): the households whose retention period
 * (ansinh.privacy.retention-years) has passed, as of today by the office's clock, and their anonymisation — by an
 * administrator who saw the list, or by the daily schedule.
 */
@Service
public class Retention {

    private final HouseholdRetention households;
    private final PrivacyProperties properties;
    private final Clock clock;

    Retention(HouseholdRetention households, PrivacyProperties properties, Clock clock) {
        this.households = households;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a run would anonymise today; changes nothing. */
    public RetentionRun dryRun() {
        LocalDate today = LocalDate.now(clock);
        return new RetentionRun(today, properties.retentionYears(),
                households.pastRetention(today, properties.retentionYears()));
    }

    /**
     * Anonymises the households past retention, when they are as many as the administrator was shown (the list
     * changed meanwhile: nothing is done, the refusal says so). What was anonymised.
     */
    public RetentionRun run(Integer expected) {
        int due = dryRun().households().size();
        if (expected == null || due != expected) {
            throw new RetentionChangedException(new vn.ansinh.shared.FieldProblems().add("expected",
                    expected == null ? "privacy.retention.expected.missing" : "privacy.retention.changed", due));
        }
        return run();
    }

    /** Anonymises every household past retention today (the schedule's run). */
    public RetentionRun run() {
        LocalDate today = LocalDate.now(clock);
        List<RetentionCandidate> done = households.anonymise(today, properties.retentionYears());
        return new RetentionRun(today, properties.retentionYears(), done);
    }
}
