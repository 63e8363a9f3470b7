package vn.ansinh.outreach.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.outreach.OutreachSession;
import vn.ansinh.outreach.SessionDraft;
import vn.ansinh.outreach.Training;
import vn.ansinh.outreach.TrainingDraft;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/**
 * Checks a training or a session as typed against its programme: a day that exists and falls in the programme's
 * year, a topic, a place, an organiser among the programme's parties; a training's participants whole numbers of
 * people, at least one in all, each from a party of the programme; a session's commune one of the programme's and an
 * audience of at least one person. A training is entered by whoever writes its organiser, a session by whoever writes
 * its organiser or its commune.
 */
public final class OutreachRules {

    private static final int MOST_PEOPLE = 1_000_000;
    /** A count as offices write it: 45, 1250 or 1.250 (a negative one is named as such). */
    private static final Pattern WHOLE = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)");

    private final FieldProblems problems = new FieldProblems();
    private final long programmeId;
    private final int year;
    private final List<ProgrammeParty> parties;
    private final AccessScope scope;

    public OutreachRules(long programmeId, int year, List<ProgrammeParty> parties, AccessScope scope) {
        this.programmeId = programmeId;
        this.year = year;
        this.parties = List.copyOf(parties);
        this.scope = scope;
    }

    public FieldProblems problems() {
        return problems;
    }

    public Optional<Training> check(TrainingDraft d) {
        LocalDate day = day(d.heldOn());
        problems.text("topic", d.topic(), 500).text("place", d.place(), 300);
        Party organiser = organiser(d.organiser());
        if (organiser != null && !organiser.writableIn(scope)) {
            problems.add("organiser", "outreach.organiser.notYours");
        }
        List<Training.Attendance> attendance = attendance(d);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Training(0, programmeId, day, d.topic().strip(), organiser, d.place().strip(),
                attendance));
    }

    public Optional<OutreachSession> check(SessionDraft d) {
        LocalDate day = day(d.heldOn());
        problems.required("topic", d.topic()).text("place", d.place(), 300);
        Party organiser = organiser(d.organiser());
        boolean commune = d.communeId() != null && parties.stream().anyMatch(p -> p.role() == PartyRole.MEMBER_COMMITTEES
                && p.party().equals(Party.unit(d.communeId())));
        if (!commune) {
            problems.add("communeId", d.communeId() == null ? "catalogue.required" : "outreach.commune.notInProgramme");
        } else if (organiser != null && !organiser.writableIn(scope) && !scope.canWrite(d.communeId())) {
            problems.add("communeId", "outreach.commune.notYours");
        }
        Integer audience = people("audience", d.audience(), true);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OutreachSession(0, programmeId, day, d.topic(), organiser, d.place().strip(),
                d.communeId(), audience));
    }

    private LocalDate day(String text) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add("heldOn", reading.problem(), text);
        } else if (reading.date() == null) {
            problems.add("heldOn", "catalogue.required");
        } else if (reading.date().getYear() != year) {
            problems.add("heldOn", "outreach.day.outsideYear", String.valueOf(year));
        }
        return reading.date();
    }

    private Party organiser(String key) {
        Party party = parties.stream().map(ProgrammeParty::party).filter(p -> p.key().equals(key)).findFirst()
                .orElse(null);
        if (party == null) {
            problems.add("organiser", key == null || key.isBlank() ? "catalogue.required" : "outreach.organiser.unknown");
        }
        return party;
    }

    /** Each party's count as typed (blank: none), in the programme's order of parties; at least one person in all. */
    private List<Training.Attendance> attendance(TrainingDraft d) {
        List<Training.Attendance> attendance = new ArrayList<>();
        for (ProgrammeParty p : parties) {
            Integer count = people("participants-" + p.party().key(), d.typed(p.party().key()), false);
            if (count != null && count > 0) {
                attendance.add(new Training.Attendance(p.party(), count));
            }
        }
        boolean strangers = d.participants().keySet().stream()
                .anyMatch(key -> parties.stream().noneMatch(p -> p.party().key().equals(key)));
        if (strangers) {
            problems.add("participants", "outreach.participants.unknownParty");
        } else if (attendance.isEmpty() && problems.byField().keySet().stream().noneMatch(f -> f.startsWith("participants-"))) {
            problems.add("participants", "outreach.participants.none");
        }
        return attendance;
    }

    /** A whole number of people as typed («1.250» reads 1250); required: at least one. Null with a problem if not. */
    private Integer people(String field, String text, boolean required) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            if (required) {
                problems.add(field, "catalogue.required");
            }
            return null;
        }
        if (!WHOLE.matcher(typed).matches() || typed.length() > 10) {
            problems.add(field, "outreach.people.notWhole", typed);
            return null;
        }
        long count = Long.parseLong(typed.replace(".", ""));
        if (count < (required ? 1 : 0) || count > MOST_PEOPLE) {
            problems.add(field, required ? "outreach.audience.atLeastOne" : "outreach.people.negative", typed);
            return null;
        }
        return (int) count;
    }
}
