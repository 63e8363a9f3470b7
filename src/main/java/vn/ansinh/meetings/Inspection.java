package vn.ansinh.meetings;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.shared.Party;

/**
 * A joint inspection or supervision of a programme: planned on a day or over a period (plannedTo null: one day), its
 * purpose, the team (names and roles as written) and the parties taking part, the communes and the subject inspected
 * («Lớp đào tạo nghề may công nghiệp 2019»), and what was found (null until written). title: «Kiểm tra: …», in
 * Vietnamese. Its recommendations are action items.
 */
public record Inspection(long id, long programmeId, InspectionKind kind, LocalDate plannedFrom, LocalDate plannedTo,
        String purpose, String subject, String team, List<Party> parties, List<Long> communes, String findings,
        String title) {

    public Inspection {
        parties = List.copyOf(parties);
        communes = List.copyOf(communes);
    }

    public Inspection withId(long newId, String newTitle) {
        return new Inspection(newId, programmeId, kind, plannedFrom, plannedTo, purpose, subject, team, parties,
                communes, findings, newTitle);
    }

    public Inspection withFindings(String newFindings) {
        return new Inspection(id, programmeId, kind, plannedFrom, plannedTo, purpose, subject, team, parties, communes,
                newFindings, title);
    }
}
