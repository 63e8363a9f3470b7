package vn.ansinh.meetings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.ansinh.meetings.Inspection;
import vn.ansinh.meetings.InspectionDraft;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/**
 * Checks an inspection as typed: a kind, a planned day (and a last day not before it, if any), the purpose, the
 * subject, the team, at least one party taking part (each of the programme), communes of the programme; the findings
 * may come later.
 */
public final class InspectionRules {

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The inspection to record (id 0, no title yet) when all of the draft is right. */
    public Optional<Inspection> check(long programmeId, InspectionDraft d, Collection<Party> ofProgramme,
            Collection<Long> communesOfProgramme) {
        TypedValues typed = new TypedValues(problems);
        problems.required("kind", d.kind());
        LocalDate from = typed.day("plannedFrom", d.plannedFrom(), true);
        LocalDate to = typed.day("plannedTo", d.plannedTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("plannedTo", "inspection.period.reversed", d.plannedFrom());
        }
        String purpose = typed.required("purpose", d.purpose(), 2000);
        String subject = typed.required("subject", d.subject(), 500);
        String team = typed.required("team", d.team(), 2000);
        List<Party> parties = typed.parties("parties", d.parties(), ofProgramme, true);
        if (!communesOfProgramme.containsAll(d.communes())) {
            problems.add("communes", "inspection.commune.unknown");
        }
        String findings = typed.optional("findings", d.findings(), 20000);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Inspection(0, programmeId, d.kind(), from, to, purpose, subject, team, parties,
                d.communes().stream().distinct().sorted().toList(), findings, null));
    }

    /** The findings as typed: required when written on their own. */
    public Optional<String> findings(String typed) {
        new TypedValues(problems).required("findings", typed, 20000);
        return problems.isEmpty() ? Optional.of(typed.strip()) : Optional.empty();
    }
}
