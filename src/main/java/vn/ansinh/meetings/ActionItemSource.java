package vn.ansinh.meetings;

/** Where an action item was decided: a meeting's decisions or an inspection's recommendations. */
public enum ActionItemSource {
    MEETING, INSPECTION
}
