package vn.ansinh.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.meetings.internal.CoordinationTitles;
import vn.ansinh.meetings.internal.MeetingRules;
import vn.ansinh.meetings.internal.MeetingStore;
import vn.ansinh.meetings.internal.ProgrammeAccess;
import vn.ansinh.programme.Programme;
import vn.ansinh.shared.AccessScope;

/**
 * A programme's meetings: read by whoever reads the programme, recorded by the coordinating office (administrators),
 * audited; their decisions are {@link ActionItems}.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingStore store;
    private final ProgrammeAccess access;
    private final CoordinationTitles titles;
    private final ApplicationEventPublisher events;

    Meetings(MeetingStore store, ProgrammeAccess access, CoordinationTitles titles, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.titles = titles;
        this.events = events;
    }

    /** The programme's meetings, earliest first; none when the scope does not read the programme. */
    public List<Meeting> ofProgramme(long programmeId, AccessScope scope) {
        return access.readable(programmeId, scope).map(p -> store.ofProgramme(programmeId).stream().map(this::titled)
                .toList()).orElse(List.of());
    }

    /** The meeting of the programme; empty when there is none or the scope does not read the programme. */
    public Optional<Meeting> byId(long programmeId, long meetingId, AccessScope scope) {
        return access.readable(programmeId, scope).flatMap(p -> store.byId(meetingId))
                .filter(m -> m.programmeId() == programmeId).map(this::titled);
    }

    /** Whether the scope records meetings and inspections and their decisions: the coordinating office. */
    public boolean mayRecord(AccessScope scope) {
        return ProgrammeAccess.mayRecord(scope);
    }

    /** Records a meeting of the programme, audited; refused by field with nothing written. */
    @Transactional
    public Meeting record(long programmeId, MeetingDraft draft, AccessScope scope) {
        Programme programme = access.recordable(programmeId, scope);
        MeetingRules rules = new MeetingRules();
        Meeting checked = rules.check(programmeId, draft, access.partyKeys(programmeId))
                .orElseThrow(() -> new InvalidCoordinationException("Meeting", rules.problems()));
        Meeting recorded = titled(store.insert(checked));
        events.publishEvent(new MeetingRecorded(recorded, programme.coordinatingUnitId()));
        return recorded;
    }

    /** The minutes' file name without extension («bien-ban-hop-thang-03-2019»). */
    public String minutesFileName(Meeting meeting) {
        return titles.minutesFile(meeting.kind(), meeting.heldOn());
    }

    private Meeting titled(Meeting m) {
        return m.withId(m.id(), titles.meeting(m.kind(), m.heldOn()));
    }
}
