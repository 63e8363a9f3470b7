package vn.ansinh.meetings;

import java.util.List;

/**
 * An inspection as typed: kind, the planned day or first day and the last day (blank: one day) as printed, purpose,
 * subject, team, the keys of the parties taking part, the ids of the communes inspected, findings (may be blank: written
 * after). Kept as typed when refused.
 */
public record InspectionDraft(InspectionKind kind, String plannedFrom, String plannedTo, String purpose,
        String subject, String team, List<String> parties, List<Long> communes, String findings) {

    public InspectionDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
        communes = communes == null ? List.of() : List.copyOf(communes);
    }

    public static InspectionDraft empty() {
        return new InspectionDraft(null, "", "", "", "", "", List.of(), List.of(), "");
    }
}
