package vn.ansinh.outreach;

/** A session as typed: day, topic, organiser's party key, place, commune (its unit id) and audience. */
public record SessionDraft(String heldOn, SessionTopic topic, String organiser, String place, Long communeId,
        String audience) {

    public static SessionDraft empty() {
        return new SessionDraft(null, null, null, null, null, null);
    }
}
