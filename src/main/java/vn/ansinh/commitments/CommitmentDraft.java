package vn.ansinh.commitments;

/**
 * A commitment as the coordinating office types it: the party's key («UNIT:5»; only when adding), the domain, the
 * wording, the cadence, the due date as printed (dd/MM/yyyy, blank for none) and the indicator's id (blank for none).
 */
public record CommitmentDraft(String party, String domain, String text, String cadence, String due, String indicator) {

    public static CommitmentDraft empty() {
        return new CommitmentDraft("", "", "", Cadence.ONGOING.name(), "", "");
    }
}
