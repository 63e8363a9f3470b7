package vn.ansinh.outreach;

import java.util.Map;

/**
 * A training as typed: the day (dd/mm/yyyy or yyyy-mm-dd), the topic, the organiser's party key («UNIT:5»), the
 * place, and the participants typed per party key (blank: none).
 */
public record TrainingDraft(String heldOn, String topic, String organiser, String place,
        Map<String, String> participants) {

    public TrainingDraft {
        participants = participants == null ? Map.of() : Map.copyOf(participants);
    }

    public static TrainingDraft empty() {
        return new TrainingDraft(null, null, null, null, Map.of());
    }

    /** What was typed for the party (blank when nothing). */
    public String typed(String partyKey) {
        return participants.getOrDefault(partyKey, "");
    }
}
