package vn.ansinh.meetings;

import java.time.LocalDate;

import vn.ansinh.shared.Party;

/**
 * A decision of a meeting or a recommendation of an inspection: what is to be done, by which party of the programme,
 * by when; open until the party (or the coordinating office) closes it with a line saying what was done, on a day by
 * someone. sourceTitle and sourceDay: the meeting's or inspection's title and day (an inspection's first day);
 * responsibleCode and responsibleName: the party as the programme names it («UBND xã Cam An»).
 */
public record ActionItem(long id, long programmeId, ActionItemSource source, long sourceId, String sourceTitle,
        String text, Party responsible, LocalDate due, boolean closed, LocalDate closedOn, String closingNote,
        String closedBy, LocalDate sourceDay, String responsibleCode, String responsibleName) {

    /** Open and due before the day: late. */
    public boolean overdue(LocalDate today) {
        return !closed && due.isBefore(today);
    }

    /** Closed on or before its due date. */
    public boolean closedInTime() {
        return closed && !closedOn.isAfter(due);
    }

    /**
     * Still to do when a meeting was held on the day, decided before it: carried over to that meeting (closed since,
     * or still open).
     */
    public boolean carriedInto(LocalDate meetingDay) {
        return sourceDay.isBefore(meetingDay) && (!closed || !closedOn.isBefore(meetingDay));
    }
}
