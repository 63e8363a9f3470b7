package vn.ansinh.outreach;

import java.time.LocalDate;

import vn.ansinh.shared.Party;

/** A propaganda or counselling session held in a commune of a programme, with the people it reached. */
public record OutreachSession(long id, long programmeId, LocalDate heldOn, SessionTopic topic, Party organiser,
        String place, long communeId, int audience) {

    OutreachSession withId(long newId) {
        return new OutreachSession(newId, programmeId, heldOn, topic, organiser, place, communeId, audience);
    }
}
