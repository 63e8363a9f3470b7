package vn.ansinh.meetings;

/** A decision or recommendation as typed: what is to be done, the key of the responsible party, the due day as printed. */
public record ActionItemDraft(String text, String party, String due) {

    public static ActionItemDraft empty() {
        return new ActionItemDraft("", "", "");
    }
}
