package vn.ansinh.outreach;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.shared.Party;

/** A training of officers of a programme and its participants, counted per party (a commune or an organisation). */
public record Training(long id, long programmeId, LocalDate heldOn, String topic, Party organiser, String place,
        List<Attendance> participants) {

    public Training {
        participants = List.copyOf(participants);
    }

    /** How many took part from a party. */
    public record Attendance(Party party, int count) {
    }

    public long total() {
        return participants.stream().mapToLong(Attendance::count).sum();
    }

    /** How many took part from the party; 0 when it sent none. */
    public int of(Party party) {
        return participants.stream().filter(a -> a.party().equals(party)).mapToInt(Attendance::count).sum();
    }

    Training withId(long newId) {
        return new Training(newId, programmeId, heldOn, topic, organiser, place, participants);
    }
}
