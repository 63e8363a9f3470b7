package vn.ansinh.commendation;

import java.util.List;

/** The decision as typed: its number, its day, and the party keys of the nominees it commended. */
public record DecisionDraft(String number, String decidedOn, List<String> commended) {

    public DecisionDraft {
        commended = commended == null ? List.of() : List.copyOf(commended);
    }

    public static DecisionDraft empty() {
        return new DecisionDraft(null, null, List.of());
    }
}
