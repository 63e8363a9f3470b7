package vn.ansinh.meetings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.ansinh.meetings.Meeting;
import vn.ansinh.meetings.MeetingDraft;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/**
 * Checks a meeting as typed: a kind, a day that exists, a place, the chair's name and title, the secretary, at least
 * one party present (each of the programme), an agenda; the minutes may come later.
 */
public final class MeetingRules {

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The meeting to record (id 0, no title yet) when all of the draft is right. */
    public Optional<Meeting> check(long programmeId, MeetingDraft d, Collection<Party> ofProgramme) {
        TypedValues typed = new TypedValues(problems);
        problems.required("kind", d.kind());
        LocalDate held = typed.day("heldOn", d.heldOn(), true);
        String place = typed.required("place", d.place(), 300);
        String chair = typed.required("chairName", d.chairName(), 200);
        String title = typed.required("chairTitle", d.chairTitle(), 200);
        String secretary = typed.required("secretary", d.secretary(), 200);
        List<Party> present = typed.parties("present", d.present(), ofProgramme, true);
        String agenda = typed.required("agenda", d.agenda(), 4000);
        String minutes = typed.optional("minutes", d.minutes(), 20000);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(0, programmeId, d.kind(), held, place, chair, title, secretary, present, agenda,
                minutes, null));
    }
}
