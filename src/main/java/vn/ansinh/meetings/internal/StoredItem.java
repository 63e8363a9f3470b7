package vn.ansinh.meetings.internal;

import java.time.LocalDate;

import vn.ansinh.meetings.ActionItemSource;
import vn.ansinh.meetings.InspectionKind;
import vn.ansinh.meetings.MeetingKind;
import vn.ansinh.shared.Party;

/**
 * An action item as stored, with what its title is made of: the meeting's kind and day, or the inspection's kind,
 * first day and subject.
 */
public record StoredItem(long id, long programmeId, ActionItemSource source, long sourceId, String text, Party party,
        LocalDate due, LocalDate closedOn, String closingNote, String closedBy, LocalDate sourceDay,
        MeetingKind meetingKind, InspectionKind inspectionKind, String subject) {
}
