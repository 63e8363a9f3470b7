package vn.ansinh.meetings;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.shared.Party;

/**
 * A meeting of a programme's parties: its kind, day and place, who chaired it (name and title as written in the
 * minutes) and who kept the minutes, the parties present, the agenda and the minutes. title: how the office names
 * it («Họp giao ban tháng 03/2019»), in Vietnamese.
 */
public record Meeting(long id, long programmeId, MeetingKind kind, LocalDate heldOn, String place, String chairName,
        String chairTitle, String secretary, List<Party> present, String agenda, String minutes, String title) {

    public Meeting {
        present = List.copyOf(present);
    }

    public Meeting withId(long newId, String newTitle) {
        return new Meeting(newId, programmeId, kind, heldOn, place, chairName, chairTitle, secretary, present, agenda,
                minutes, newTitle);
    }
}
