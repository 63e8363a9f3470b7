package vn.ansinh.meetings;

import java.util.List;

/**
 * A meeting as typed: its kind, its day as printed («05/03/2019», or «2019-03-05» from a date field), place, chair's
 * name and title, secretary, the keys of the parties present («UNIT:5»), agenda and minutes. Kept as typed when refused.
 */
public record MeetingDraft(MeetingKind kind, String heldOn, String place, String chairName, String chairTitle,
        String secretary, List<String> present, String agenda, String minutes) {

    public MeetingDraft {
        present = present == null ? List.of() : List.copyOf(present);
    }

    public static MeetingDraft empty() {
        return new MeetingDraft(null, "", "", "", "", "", List.of(), "", "");
    }
}
