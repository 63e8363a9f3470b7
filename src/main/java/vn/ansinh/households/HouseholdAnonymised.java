package vn.ansinh.households;

import java.time.LocalDate;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A household's personal data was anonymised after its retention period. The audit keeps why (its code, how many
 * members, when it ended or was last classified) and never the erased values: the log must not keep what the law
 * asks to erase.
 */
public record HouseholdAnonymised(RetentionCandidate household, LocalDate anonymisedOn, int retentionYears)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.ANONYMISE;
    }

    @Override
    public String entityType() {
        return "household";
    }

    @Override
    public String entityId() {
        return String.valueOf(household.id());
    }

    @Override
    public Long unitId() {
        return household.unitId();
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return new Facts(household.code(), household.village(), household.members(), household.endedOn(),
                household.reason(), household.lastStatusYear(), anonymisedOn, retentionYears);
    }

    @Override
    public String personalSubject() {
        return subject(household.id());
    }

    /** The audit's earlier entries of the household, sealed with its key, become unreadable with it. */
    @Override
    public boolean erasesPersonalData() {
        return true;
    }

    /** How the audit names a household as the subject of personal data (records linked to it use the same). */
    public static String subject(long householdId) {
        return "household:" + householdId;
    }

    /** What the audit keeps of an anonymisation: nothing that was erased. */
    record Facts(String code, String village, int members, LocalDate endedOn, HouseholdEndReason endReason,
            Integer lastStatusYear, LocalDate anonymisedOn, int retentionYears) {
    }
}
